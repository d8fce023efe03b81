/**
 * The request pipeline, routing and problem responses of {@link dev.calls.servlet.CallsFilter}.
 *
 * <p>Internal to calls-servlet: public only so the filter can wire it; hosts use {@link dev.calls.servlet.CallsFilter}.
 */
package dev.calls.servlet.http;
