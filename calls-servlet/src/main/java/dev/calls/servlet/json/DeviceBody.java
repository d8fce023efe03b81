package dev.calls.servlet.json;

import dev.calls.spi.Device;
import java.time.Instant;

/**
 * A registered device as its owner sees it: the token only as its masked tail ({@code …a1b2}).
 */
public record DeviceBody(String id, String platform, String kind, String appId, String name, String token,
        Instant registeredAt) {

    public static DeviceBody of(Device d) {
        return new DeviceBody(d.id(), d.platform().wire(), d.kind().wire(), d.appId(), d.name(), d.maskedToken(),
                d.registeredAt());
    }
}
