/**
 * The routes of the HTTP API, one class per area; adding a route is one line in its {@code register}.
 *
 * <p>Internal to calls-servlet: public only so the filter can wire it; hosts use {@link dev.calls.servlet.CallsFilter}.
 */
package dev.calls.servlet.routes;
