package dev.calls.servlet.http;

import java.util.List;
import java.util.Objects;

/**
 * One method and path pattern under the base path, such as {@code POST /{id}/accept}.
 *
 * @param method the HTTP method
 * @param pattern the path relative to the base path; {@code {name}} segments are parameters
 * @param access who may send it, and how the pipeline checks that
 * @param handler what answers it
 */
public record Route(String method, String pattern, Access access, Handler handler) {

    /** How a route's requests are authenticated before the handler runs. */
    public enum Access {
        /** A signed-in caller is required ({@code 401 unauthenticated} otherwise); state changes pass the CSRF rule. */
        CALLER,
        /** The caller is resolved if there is one; the handler decides what a visitor without one sees. */
        OPTIONAL_CALLER,
        /** Answered without a caller: only for documents that reveal nothing about users. */
        PUBLIC,
        /**
         * Sent by a server, not a browser, and authenticated by the handler from the request itself (a
         * signature or a shared header): no caller, and no CSRF rule, which only guards browser sessions.
         */
        SERVER
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with /: " + pattern);
        }
    }

    /** A route that needs a caller ({@code anonymous} false) or answers without one ({@code anonymous} true). */
    public Route(String method, String pattern, boolean anonymous, Handler handler) {
        this(method, pattern, anonymous ? Access.PUBLIC : Access.CALLER, handler);
    }

    /** Whether the pipeline lets the request through without a signed-in caller. */
    public boolean anonymous() {
        return access != Access.CALLER;
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
