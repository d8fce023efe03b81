package dev.calls.internal;

import dev.calls.ErrorCode;
import dev.calls.InputLimits;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import dev.calls.device.DeviceRegistration;
import dev.calls.device.DeviceService;
import dev.calls.spi.Device;
import dev.calls.spi.DeviceStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks registrations and keeps each user's devices within the cap. Not for hosts: use {@link DeviceService}. */
public final class DeviceRegistry implements DeviceService {
    private static final int MAX_TOKEN_LENGTH = InputLimits.MAX_DEVICE_TOKEN_LENGTH;
    private static final int MAX_NAME_LENGTH = InputLimits.MAX_DEVICE_NAME_LENGTH;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9:_.\\-]{8," + MAX_TOKEN_LENGTH + "}");
    private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9._\\-]{1,255}");

    private final DeviceStore store;
    private final Clock clock;
    private final int maxPerUser;

    public DeviceRegistry(DeviceStore store, Clock clock, int maxPerUser) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxPerUser = maxPerUser;
    }

    /** The store behind it. */
    public DeviceStore store() {
        return store;
    }

    @Override
    public Device register(UserRef user, DeviceRegistration r) {
        Objects.requireNonNull(user, "user");
        if (r == null) {
            throw invalid("a device needs platform, kind, token and appId");
        }
        Device.Platform platform = word(Device.Platform.class, r.platform(), "platform", "ios, android or web");
        Device.Kind kind = word(Device.Kind.class, r.kind(), "kind", "voip, apns or fcm");
        if (kind.apns() && platform != Device.Platform.IOS) {
            throw invalid("kind " + kind.wire() + " is for platform ios");
        }
        if (r.token() == null || !TOKEN.matcher(r.token()).matches()) {
            throw invalid("token must be 8 to " + MAX_TOKEN_LENGTH + " of A-Z, a-z, 0-9, ':', '_', '.' and '-'");
        }
        if (r.appId() == null || !APP_ID.matcher(r.appId()).matches()) {
            throw invalid("appId must be 1 to 255 of A-Z, a-z, 0-9, '.', '_' and '-'");
        }
        String name = r.name() == null || r.name().isBlank() ? null : r.name().strip();
        if (name != null && (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl))) {
            throw invalid("name must be at most " + MAX_NAME_LENGTH + " characters without control characters");
        }
        Device device = new Device(UUID.randomUUID().toString(), user, platform, kind, r.token(), r.appId(), name,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return store.register(device, maxPerUser);
    }

    @Override
    public List<Device> list(UserRef user) {
        return store.list(Objects.requireNonNull(user, "user"));
    }

    @Override
    public void remove(UserRef user, String deviceId) {
        Objects.requireNonNull(user, "user");
        if (deviceId != null && deviceId.length() <= 64) {
            store.remove(user, deviceId);
        }
    }

    @Override
    public int maxPerUser() {
        return maxPerUser;
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value, String field, String allowed) {
        if (value != null && value.length() <= 16) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // refused below
            }
        }
        throw invalid(field + " must be " + allowed);
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(ErrorCode.INVALID_REQUEST, message);
    }
}
