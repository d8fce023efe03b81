/**
 * Server-sent event streams and the long-poll fallback, without a thread per stream.
 *
 * <p>Internal to calls-servlet: public only so the filter can wire it; hosts use {@link dev.calls.servlet.CallsFilter}.
 */
package dev.calls.servlet.sse;
