package dev.calls.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.spi.Device;
import dev.calls.spi.PushMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON bodies {@link HttpPushNotifier} posts: the push vocabulary ({@link PushMessage#payload()}) plus
 * {@code userId} (the recipient, of {@code tenant}), {@code devices} (the recipient's registered devices with
 * their tokens, for the host's endpoint to relay to; empty when the host keeps its own list), a unique
 * {@code messageId} (stable across retries, for de-duplication) and {@code sentAt}.
 */
final class PushMessages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PushMessages() {
    }

    static byte[] body(PushMessage message, List<Device> devices, UUID messageId, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>(message.payload());
        m.put("userId", message.recipient().userId());
        List<Map<String, Object>> to = new ArrayList<>();
        for (Device d : devices) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", d.id());
            one.put("platform", d.platform().wire());
            one.put("kind", d.kind().wire());
            one.put("appId", d.appId());
            one.put("token", d.token());
            to.add(one);
        }
        m.put("devices", to);
        m.put("messageId", messageId.toString());
        m.put("sentAt", at.toString());
        try {
            return MAPPER.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a push message", e);
        }
    }
}
