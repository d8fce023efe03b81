package dev.calls.servlet.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.calls.event.CallEvent;
import java.time.Instant;
import java.util.Map;

/**
 * An event as the API shows it; {@code id} is the sequence number, also the SSE {@code id:}. A call event
 * carries {@code call}, a {@code presence.changed} event carries {@code presence}.
 */
public record EventBody(long id, String type, String callId, Instant at, String actor,
        @JsonInclude(JsonInclude.Include.NON_NULL) CallBody call,
        @JsonInclude(JsonInclude.Include.NON_NULL) PresenceBody presence,
        Map<String, String> data) {

    public static EventBody of(CallEvent e) {
        return new EventBody(e.sequence(), e.type().wire(), e.callId() == null ? null : e.callId().toString(),
                e.at(), e.actor(), e.call() == null ? null : CallBody.of(e.call()),
                e.presence() == null ? null : PresenceBody.of(e.presence()), e.data());
    }
}
