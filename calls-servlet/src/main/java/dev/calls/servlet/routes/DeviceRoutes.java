package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.DeviceBody;
import dev.calls.servlet.json.request.DeviceRequest;
import java.io.IOException;
import java.util.Map;

/**
 * The caller's push devices: {@code POST /devices} registers one (at login and whenever the push token changes;
 * idempotent on the token), {@code GET /devices} lists them, {@code DELETE /devices/{id}} removes one (at logout;
 * idempotent). Tokens are never shown back, only their masked tail.
 */
public final class DeviceRoutes {
    private final Calls calls;

    public DeviceRoutes(Calls calls) {
        this.calls = calls;
    }

    public void register(Router router) {
        router.post("/devices", this::add);
        router.get("/devices", r -> Reply.json(Map.of("items",
                calls.devices().list(r.user()).stream().map(DeviceBody::of).toList(),
                "maxDevices", calls.devices().maxPerUser())));
        router.delete("/devices/{id}", this::remove);
    }

    /** A {@link DeviceRequest}. */
    private Reply add(ApiRequest r) throws IOException {
        DeviceRequest body = r.body(DeviceRequest.class);
        return Reply.json(DeviceBody.of(calls.devices().register(r.user(), body.toRegistration())));
    }

    private Reply remove(ApiRequest r) {
        calls.devices().remove(r.user(), r.deviceId());
        return Reply.noContent();
    }
}
