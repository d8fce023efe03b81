package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Calls;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.sse.StreamHub;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;

/** Every route of the HTTP API, in one router. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** The routes with default options: no media-server receivers, links built from each request. */
    public static Router router(Calls calls, StreamHub hub, ObjectMapper mapper) {
        return router(calls, hub, mapper, CallsFilterOptions.defaults(), null, null);
    }

    /** The routes with these settings; a null receiver answers its webhook paths {@code 404 not_found}. */
    public static Router router(Calls calls, StreamHub hub, ObjectMapper mapper, CallsFilterOptions options,
            JaasWebhookReceiver jaasWebhooks, JitsiEventSyncReceiver jitsiEventSync) {
        Router router = new Router();
        new CallRoutes(calls).register(router);
        router.get("/events", r -> r.query().has("after") || r.query().has("wait") ? hub.poll(r) : hub.open(r));
        router.put("/events/watch", hub::watch);
        new PresenceRoutes(calls, hub).register(router);
        new MeetingRoutes(calls, options, mapper).register(router);
        new GuestRoutes(calls, options, mapper).register(router);
        new RoomTokenRoutes(calls).register(router);
        new AdminRoutes(calls, hub).register(router);
        new DeviceRoutes(calls).register(router);
        new WebhookRoutes(jaasWebhooks, jitsiEventSync).register(router);
        new AssetRoutes(calls, mapper).register(router);
        return router;
    }
}
