package dev.calls.spi;

import dev.calls.UserRef;
import java.util.List;

/**
 * Where users' push devices are kept. A token belongs to one device of one user at a time. Thread-safe; throws
 * {@link dev.calls.StorageException} only when storage is broken. Every implementation passes
 * {@code AbstractDeviceStoreContractTest}.
 */
public interface DeviceStore {

    /**
     * Registers {@code device}. Idempotent on the token: when the token is registered already (to this user or
     * another), that device is updated in place — it keeps its id and now belongs to {@code device.user()} with
     * the new platform, kind, app, name and registration time — and no second one is made. Afterwards the owner
     * keeps at most {@code maxPerUser} devices: the ones registered longest ago (then smallest id) are removed.
     * Two registrations of one token at once leave exactly one device.
     *
     * @return the device as stored (with the existing id when the token was known)
     */
    Device register(Device device, int maxPerUser);

    /** The user's devices, oldest registration first (then by id); empty if none. */
    List<Device> list(UserRef user);

    /**
     * Removes the user's device with this id. Idempotent.
     *
     * @return false when the user has no such device (removed already, or another user's)
     */
    boolean remove(UserRef user, String deviceId);

    /**
     * Removes the device holding this token, whoever owns it, as when the push service reports the token
     * dead. Idempotent.
     *
     * @return false when no device holds it
     */
    boolean removeToken(String token);
}
