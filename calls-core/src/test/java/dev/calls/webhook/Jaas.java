package dev.calls.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds JaaS deliveries as JaaS sends them, signed independently of the code under test. */
final class Jaas {
    static final String APP = "vpaas-magic-cookie-c2824d584eac4489a1e32e4e164d5a3c";
    static final String SECRET = "whsec-0123456789abcdef";

    private Jaas() {
    }

    static byte[] event(String key, String type, String room, Instant at, String dataJson) {
        String json = "{\"idempotencyKey\":\"" + key + "\",\"customerId\":\"c2824d584eac4489a1e32e4e164d5a3c\","
                + "\"appId\":\"" + APP + "\",\"eventType\":\"" + type + "\",\"sessionId\":\"s-1\","
                + "\"timestamp\":" + at.toEpochMilli() + ",\"fqn\":\"" + APP + "/" + room + "\",\"data\":" + dataJson + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] participant(String key, String type, String room, Instant at, String userId) {
        return event(key, type, room, at, "{\"moderator\":\"false\",\"name\":\"Someone\",\"id\":\"" + userId
                + "\",\"participantJid\":\"abc@8x8.vc/x1\",\"participantId\":\"ep-" + userId + "\",\"isBreakout\":false}");
    }

    static String sign(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(byte[] body, Instant now) {
        return sign(SECRET, now.getEpochSecond(), body);
    }
}
