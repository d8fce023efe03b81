package dev.calls.device;

import dev.calls.UserRef;
import dev.calls.spi.Device;
import java.util.List;

/**
 * A user's push devices: registered at login and whenever the push service hands the app a new token, removed
 * at logout. A user keeps at most the configured number of devices (the oldest registrations are pruned), and
 * tokens a push service reports dead are removed on their own. Thread-safe.
 */
public interface DeviceService {

    /**
     * Registers a device of {@code user}; registering a known token again updates that device (also when it
     * belonged to another user, who loses it).
     *
     * @throws dev.calls.RefusedException {@code invalid_request} for an unknown platform or kind, a kind the
     *     platform cannot use ({@code voip} and {@code apns} are for {@code ios}), or a malformed token, app id
     *     or name (the message never repeats the token)
     */
    Device register(UserRef user, DeviceRegistration registration);

    /** The user's devices, oldest first. */
    List<Device> list(UserRef user);

    /** Removes the user's device with this id; nothing happens for an unknown id or another user's. */
    void remove(UserRef user, String deviceId);

    /** Most devices one user keeps. */
    int maxPerUser();
}
