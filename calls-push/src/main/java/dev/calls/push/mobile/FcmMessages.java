package dev.calls.push.mobile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.spi.Device;
import dev.calls.spi.PushMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FCM HTTP v1 request and error bodies. A message is data-only (the app decides how to ring): its {@code data}
 * holds the push vocabulary with every value as a string, as FCM requires ({@code caller} as a JSON string),
 * {@code android.priority} is {@code HIGH}, {@code android.ttl} the time left until the ring deadline, and
 * {@code android.collapse_key} the call id; web devices get the same as Web Push headers.
 */
final class FcmMessages {
    /** How long a cancel or a missed call stays worth delivering. */
    static final Duration STOP_TTL = Duration.ofHours(1);

    private FcmMessages() {
    }

    /** Time to live of {@code m} sent at {@code now}: until the ring deadline for a ring. */
    static Duration ttl(PushMessage m, Instant now) {
        if (m.kind() != PushMessage.Kind.RING) {
            return STOP_TTL;
        }
        Duration left = Duration.between(now, m.ringUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    static byte[] request(PushMessage m, Device device, Duration ttl) {
        Map<String, String> data = new LinkedHashMap<>();
        m.payload().forEach((k, v) -> {
            if (v != null) {
                data.put(k, v instanceof Map ? write(v) : String.valueOf(v));
            }
        });
        Map<String, Object> android = new LinkedHashMap<>();
        android.put("priority", "HIGH");
        android.put("ttl", ttl.toSeconds() + "s");
        android.put("collapse_key", m.collapseId());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("token", device.token());
        message.put("data", data);
        message.put("android", android);
        if (device.platform() == Device.Platform.WEB) {
            message.put("webpush", Map.of("headers", Map.of("TTL", String.valueOf(ttl.toSeconds()), "Urgency", "high")));
        }
        return write(Map.of("message", message)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether an FCM error answer says the token is dead: error code {@code UNREGISTERED}, or
     * {@code INVALID_ARGUMENT} about the registration token.
     */
    static boolean deadToken(int status, String body) {
        if (status != 400 && status != 404) {
            return false;
        }
        try {
            JsonNode error = Json.MAPPER.readTree(body).path("error");
            String message = error.path("message").asText("");
            for (JsonNode detail : error.path("details")) {
                String code = detail.path("errorCode").asText("");
                if ("UNREGISTERED".equals(code)) {
                    return true;
                }
                if ("INVALID_ARGUMENT".equals(code) && message.toLowerCase().contains("token")) {
                    return true;
                }
            }
            return "INVALID_ARGUMENT".equals(error.path("status").asText()) && message.toLowerCase().contains("token");
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an FCM message", e);
        }
    }
}
