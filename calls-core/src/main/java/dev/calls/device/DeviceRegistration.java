package dev.calls.device;

/**
 * What a client sends to register a device: {@code platform} {@code ios|android|web}, {@code kind}
 * {@code voip|apns|fcm}, the push {@code token}, the {@code appId} (bundle id or package name) and an optional
 * {@code name}. Checked by {@link DeviceService#register}.
 */
public record DeviceRegistration(String platform, String kind, String token, String appId, String name) {

    @Override
    public String toString() {
        return "DeviceRegistration[" + platform + "/" + kind + ", " + appId + "]";
    }
}
