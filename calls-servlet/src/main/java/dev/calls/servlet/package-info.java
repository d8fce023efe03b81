/**
 * The Calls HTTP API for servlet containers: {@link dev.calls.servlet.CallsFilter} serves the REST routes,
 * the server-sent event stream, the embed page and the browser client under one base path;
 * {@link dev.calls.servlet.CallerResolver} tells it who is calling.
 */
package dev.calls.servlet;
