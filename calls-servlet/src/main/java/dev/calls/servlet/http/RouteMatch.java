package dev.calls.servlet.http;

import java.util.Map;

/** A route chosen for a request, with the values of its path parameters. */
public record RouteMatch(Route route, Map<String, String> params) {
}
