/**
 * The JSON shapes of the HTTP API: calls, join information, events, presence, history rows.
 *
 * <p>Internal to calls-servlet: public only so the filter can wire it; hosts use {@link dev.calls.servlet.CallsFilter}.
 */
package dev.calls.servlet.json;
