package dev.calls.servlet.json.request;

import dev.calls.device.DeviceRegistration;
import dev.calls.InputLimits;

/**
 * {@code POST /devices}: {@code {"platform":"ios","kind":"voip","token":"…","appId":"com.example.app",
 * "name":"Bob's iPhone"}}. The engine checks the words, the token's alphabet and which kinds fit which platform.
 *
 * @param platform {@code ios}, {@code android} or {@code web}
 * @param kind {@code voip}, {@code apns} or {@code fcm}
 * @param token the push token, at most {@value InputLimits#MAX_DEVICE_TOKEN_LENGTH} characters
 * @param appId bundle id or package name
 * @param name optional, at most {@value InputLimits#MAX_DEVICE_NAME_LENGTH} characters
 */
public record DeviceRequest(String platform, String kind, String token, String appId, String name)
        implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.require(platform != null && kind != null && token != null && appId != null,
                "platform, kind, token and appId are required");
        rules.require(token.length() <= InputLimits.MAX_DEVICE_TOKEN_LENGTH,
                "token must be at most " + InputLimits.MAX_DEVICE_TOKEN_LENGTH + " characters");
        rules.text("name", name, InputLimits.MAX_DEVICE_NAME_LENGTH);
    }

    /** What the engine is asked to register. */
    public DeviceRegistration toRegistration() {
        return new DeviceRegistration(platform, kind, token, appId, name);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "DeviceRequest[" + platform + "/" + kind + ", " + appId + "]";
    }
}
