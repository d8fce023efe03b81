package dev.calls.servlet.http;

import java.util.List;
import java.util.Objects;

/**
 * One method and path pattern under the base path, such as {@code POST /{id}/accept}.
 *
 * @param method the HTTP method
 * @param pattern the path relative to the base path; {@code {name}} segments are parameters
 * @param anonymous whether the route answers without a caller (static documents only)
 * @param handler what answers it
 */
public record Route(String method, String pattern, boolean anonymous, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(handler, "handler");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with /: " + pattern);
        }
    }

    /** The pattern's segments; the root pattern {@code /} has none. */
    List<String> segments() {
        return Router.split(pattern);
    }

    /** How many segments are literal: the more, the more specific. */
    int literals() {
        return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
    }
}
