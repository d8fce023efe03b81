package dev.calls.examples.spring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the media server sends: JaaS webhooks signed as 8x8 signs them ({@code X-Jaas-Signature: t=…,v1=…},
 * HMAC-SHA256 over {@code t.body}), and the self-hosted event_sync module's posts. Written independently of
 * the code under test.
 */
final class MediaServer {
    static final String JAAS_SECRET = "whsec-boot-0123456789abcdef";
    static final String EVENT_SYNC_HEADER = "X-Event-Sync-Token";
    static final String EVENT_SYNC_SECRET = "event-sync-boot-0123456789abcdef";

    private MediaServer() {
    }

    /** A JaaS envelope for a room of {@link JaasKey#APP_ID}. */
    static byte[] jaas(String key, String type, String room, Instant at, String dataJson) {
        String customer = JaasKey.APP_ID.substring("vpaas-magic-cookie-".length());
        return ("{\"idempotencyKey\":\"" + key + "\",\"customerId\":\"" + customer + "\",\"appId\":\""
                + JaasKey.APP_ID + "\",\"eventType\":\"" + type + "\",\"sessionId\":\"s-1\",\"timestamp\":"
                + at.toEpochMilli() + ",\"fqn\":\"" + JaasKey.APP_ID + "/" + room + "\",\"data\":" + dataJson + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** PARTICIPANT_JOINED or PARTICIPANT_LEFT of the user whose token said {@code context.user.id = userId}. */
    static byte[] jaasParticipant(String key, String type, String room, Instant at, String userId) {
        return jaas(key, type, room, at, "{\"moderator\":\"false\",\"name\":\"Someone\",\"id\":\"" + userId
                + "\",\"participantJid\":\"abc@8x8.vc/x1\",\"participantId\":\"ep-" + userId + "\",\"isBreakout\":false}");
    }

    static String sign(String secret, Instant at, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((at.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + at.getEpochSecond() + ",v1=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event_sync {@code muc-occupant-joined}, times in seconds. */
    static byte[] occupantJoined(String room, String userId, Instant at) {
        return ("{\"event_name\":\"muc-occupant-joined\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.jitsi\",\"is_breakout\":false,\"occupant\":{\"id\":\"" + userId
                + "\",\"name\":\"Someone\",\"occupant_jid\":\"" + room + "@conference.meet.jitsi/abc\",\"joined_at\":"
                + at.getEpochSecond() + "}}").getBytes(StandardCharsets.UTF_8);
    }

    /** An event_sync {@code muc-room-destroyed}. */
    static byte[] roomDestroyed(String room, Instant at) {
        return ("{\"event_name\":\"muc-room-destroyed\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.jitsi\",\"is_breakout\":false,\"created_at\":" + (at.getEpochSecond() - 600)
                + ",\"destroyed_at\":" + at.getEpochSecond() + ",\"all_occupants\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
