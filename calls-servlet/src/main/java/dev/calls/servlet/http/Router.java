package dev.calls.servlet.http;

import dev.calls.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The routes under the base path. Adding a route is one line; a path matches the route with the most
 * literal segments, so {@code /active} wins over {@code /{id}}. A path that matches no route is
 * {@code 404 not_found}; one that matches only with other methods is {@code 405 method_not_allowed}.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Handler handler) {
        return add(new Route("GET", pattern, Route.Access.CALLER, handler));
    }

    public Router post(String pattern, Handler handler) {
        return add(new Route("POST", pattern, Route.Access.CALLER, handler));
    }

    public Router put(String pattern, Handler handler) {
        return add(new Route("PUT", pattern, Route.Access.CALLER, handler));
    }

    public Router delete(String pattern, Handler handler) {
        return add(new Route("DELETE", pattern, Route.Access.CALLER, handler));
    }

    /** A GET answered without a caller: only for documents that reveal nothing about users. */
    public Router publicGet(String pattern, Handler handler) {
        return add(new Route("GET", pattern, Route.Access.PUBLIC, handler));
    }

    /**
     * A POST answered without a caller, whose handler authenticates the request from its path (a guest's signed
     * pass); the CSRF rule still applies, as browsers send it.
     */
    public Router publicPost(String pattern, Handler handler) {
        return add(new Route("POST", pattern, Route.Access.PUBLIC, handler));
    }

    /** A GET whose handler gets the caller if there is one, and answers visitors without one itself. */
    public Router optionalCallerGet(String pattern, Handler handler) {
        return add(new Route("GET", pattern, Route.Access.OPTIONAL_CALLER, handler));
    }

    /** A POST from a server (a media server's webhook) that the handler authenticates from the request itself. */
    public Router serverPost(String pattern, Handler handler) {
        return add(new Route("POST", pattern, Route.Access.SERVER, handler));
    }

    private Router add(Route route) {
        for (Route r : routes) {
            if (r.method().equals(route.method()) && r.pattern().equals(route.pattern())) {
                throw new IllegalArgumentException("duplicate route " + route.method() + " " + route.pattern());
            }
        }
        routes.add(route);
        return this;
    }

    /** Every route, in the order added. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * The route for this method and path (relative to the base path, starting with {@code /}).
     *
     * @throws ProblemException {@code not_found} or {@code method_not_allowed}
     */
    public RouteMatch match(String method, String path) {
        List<String> segments = split(path);
        if (segments == null) {
            throw ProblemException.notFound();
        }
        RouteMatch best = null;
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            if (best == null || route.literals() > best.route().literals()) {
                best = new RouteMatch(route, params);
            }
        }
        if (best != null) {
            return best;
        }
        if (!allowed.isEmpty()) {
            throw new ProblemException(ProblemType.METHOD_NOT_ALLOWED,
                    method + " is not allowed here; use " + String.join(", ", allowed), null,
                    Map.of("Allow", String.join(", ", allowed)));
        }
        throw new ProblemException(ErrorCode.NOT_FOUND, "no such resource");
    }

    private static Map<String, String> bind(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.startsWith("{")) {
                params.put(p.substring(1, p.length() - 1), path.get(i));
            } else if (!p.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    /** The non-empty segments of a path, or null when the path has an empty segment ({@code //}, trailing {@code /}). */
    static List<String> split(String path) {
        if (path.equals("/") || path.isEmpty()) {
            return List.of();
        }
        String[] parts = path.substring(1).split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                return null;
            }
        }
        return Arrays.asList(parts);
    }
}
