package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Calls;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.sse.StreamHub;

/** Every route of the HTTP API, in one router. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static Router router(Calls calls, StreamHub hub, ObjectMapper mapper) {
        Router router = new Router();
        new CallRoutes(calls).register(router);
        router.get("/events", r -> r.query().has("after") || r.query().has("wait") ? hub.poll(r) : hub.open(r));
        new PresenceRoutes(calls).register(router);
        new AssetRoutes(calls, mapper).register(router);
        return router;
    }
}
