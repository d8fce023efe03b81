package dev.calls.servlet.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Media-server deliveries as JaaS and the event_sync module send them, signed independently of the code under test. */
public final class MediaServer {
    public static final String APP = "vpaas-magic-cookie-c2824d584eac4489a1e32e4e164d5a3c";
    public static final String JAAS_SECRET = "whsec-0123456789abcdef";
    public static final String EVENT_SYNC_SECRET = "Bearer event-sync-0123456789abcdef";

    private MediaServer() {
    }

    /** A JaaS envelope. */
    public static byte[] jaas(String key, String type, String room, Instant at, String dataJson) {
        String json = "{\"idempotencyKey\":\"" + key + "\",\"customerId\":\"c2824d584eac4489a1e32e4e164d5a3c\","
                + "\"appId\":\"" + APP + "\",\"eventType\":\"" + type + "\",\"sessionId\":\"s-1\","
                + "\"timestamp\":" + at.toEpochMilli() + ",\"fqn\":\"" + APP + "/" + room + "\",\"data\":" + dataJson + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** PARTICIPANT_JOINED or PARTICIPANT_LEFT of the user whose token said {@code context.user.id = userId}. */
    public static byte[] jaasParticipant(String key, String type, String room, Instant at, String userId) {
        return jaas(key, type, room, at, "{\"moderator\":\"false\",\"name\":\"Someone\",\"id\":\"" + userId
                + "\",\"participantJid\":\"abc@8x8.vc/x1\",\"participantId\":\"ep-" + userId + "\",\"isBreakout\":false}");
    }

    /** {@code t=…,v1=…} over {@code t.body} with HMAC-SHA256. */
    public static String sign(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(byte[] body, Instant now) {
        return sign(JAAS_SECRET, now.getEpochSecond(), body);
    }

    /** An event_sync occupant event ({@code muc-occupant-joined} / {@code -left}), times in seconds. */
    public static byte[] occupant(String event, String room, String userId, Instant at) {
        String timeField = event.endsWith("joined") ? "joined_at" : "left_at";
        return ("{\"event_name\":\"" + event + "\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.jitsi\",\"is_breakout\":false,\"occupant\":{\"id\":\"" + userId
                + "\",\"name\":\"Someone\",\"occupant_jid\":\"" + room + "@conference.meet.jitsi/abc\",\"" + timeField
                + "\":" + at.getEpochSecond() + "}}").getBytes(StandardCharsets.UTF_8);
    }

    /** An event_sync {@code muc-room-destroyed}. */
    public static byte[] roomDestroyed(String room, Instant at) {
        return ("{\"event_name\":\"muc-room-destroyed\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.jitsi\",\"is_breakout\":false,\"created_at\":" + (at.getEpochSecond() - 600)
                + ",\"destroyed_at\":" + at.getEpochSecond() + ",\"all_occupants\":[]}").getBytes(StandardCharsets.UTF_8);
    }
}
