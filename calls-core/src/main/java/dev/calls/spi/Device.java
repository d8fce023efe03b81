package dev.calls.spi;

import dev.calls.UserRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A phone or browser of a user that can be rung by push. The token is a secret of its owner: it never appears
 * in {@link #toString()}, in events or in another user's listing ({@link #maskedToken()} is the most shown).
 *
 * @param id the device's id, stable while its token stays registered
 * @param user the owner
 * @param platform where it runs
 * @param kind which push service reaches it
 * @param token the push service's address of the device (APNs device token, FCM registration token)
 * @param appId the app's bundle id or package name, such as {@code com.example.app}
 * @param name a name the user recognises, such as {@code Bob's iPhone}; may be null
 * @param registeredAt when the token was last registered (truncated to milliseconds)
 */
public record Device(String id, UserRef user, Platform platform, Kind kind, String token, String appId, String name,
        Instant registeredAt) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** Where a device runs. */
    public enum Platform {
        IOS, ANDROID, WEB;

        /** The lower-case wire word. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which push service reaches a device: APNs VoIP, APNs alert/background, or Firebase Cloud Messaging. */
    public enum Kind {
        VOIP, APNS, FCM;

        /** The lower-case wire word. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether APNs carries it. */
        public boolean apns() {
            return this != FCM;
        }
    }

    /** The last four characters of the token behind an ellipsis, all a listing may show. */
    public String maskedToken() {
        return "…" + token.substring(Math.max(0, token.length() - 4));
    }

    @Override
    public String toString() {
        return "Device[" + id + ", " + user + ", " + platform.wire() + "/" + kind.wire() + ", " + appId + ", token "
                + maskedToken() + "]";
    }
}
