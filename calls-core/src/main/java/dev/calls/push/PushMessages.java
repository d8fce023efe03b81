package dev.calls.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.UserRef;
import dev.calls.spi.PushInvitation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON bodies {@link HttpPushNotifier} posts. The invitation has the fields mobile apps expect
 * ({@code type=call_invitation}, {@code call_id}, {@code call_url}, {@code call_type}, {@code caller_name},
 * {@code caller_id}, {@code room_name}); both messages add whom to notify ({@code tenant}, {@code user_id}),
 * a unique {@code message_id} (stable across retries, for de-duplication) and {@code sent_at}.
 */
final class PushMessages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PushMessages() {
    }

    static byte[] invitation(PushInvitation inv, UUID messageId, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "call_invitation");
        m.put("message_id", messageId.toString());
        m.put("call_id", inv.callId().toString());
        m.put("call_url", inv.callUrl());
        m.put("call_type", inv.callType());
        m.put("caller_name", inv.callerName());
        m.put("caller_id", inv.callerId());
        m.put("room_name", inv.roomName());
        recipient(m, inv.recipient(), at);
        return write(m);
    }

    static byte[] cancellation(UserRef user, UUID callId, String reason, UUID messageId, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "call_cancelled");
        m.put("message_id", messageId.toString());
        m.put("call_id", callId.toString());
        m.put("reason", reason);
        recipient(m, user, at);
        return write(m);
    }

    private static void recipient(Map<String, Object> m, UserRef user, Instant at) {
        m.put("tenant", user.tenant());
        m.put("user_id", user.userId());
        m.put("sent_at", at.toString());
    }

    private static byte[] write(Map<String, Object> message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a push message", e);
        }
    }
}
