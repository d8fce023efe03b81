package dev.calls.servlet.sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.event.CallEvent;
import dev.calls.servlet.json.EventBody;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of server-sent event frames. An event is encoded once however many streams it goes to: the
 * transport hands the same event to every listener one after the other, so a few recent encodings are
 * kept, keyed by sequence.
 */
final class SseFrames {
    static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SLOTS = 16;

    private final ObjectMapper mapper;
    private final Encoded[] recent = new Encoded[SLOTS];

    private record Encoded(long sequence, byte[] bytes) {
    }

    SseFrames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code id: <sequence>} and one {@code data:} line of JSON (JSON text never holds a raw newline). */
    byte[] event(CallEvent event) {
        int slot = (int) Math.floorMod(event.sequence(), (long) SLOTS);
        Encoded hit = recent[slot];
        if (hit != null && hit.sequence() == event.sequence()) {
            return hit.bytes();
        }
        byte[] bytes;
        try {
            String json = mapper.writeValueAsString(EventBody.of(event));
            bytes = ("id: " + event.sequence() + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        recent[slot] = new Encoded(event.sequence(), bytes);
        return bytes;
    }

    /** The opening frame: the reconnect delay, and the position when the stream starts fresh. */
    static byte[] open(long reconnectMillis, Long position) {
        String frame = "retry: " + reconnectMillis + "\n" + (position == null ? "" : "id: " + position + "\n") + "\n";
        return frame.getBytes(StandardCharsets.US_ASCII);
    }

    /** Moves the client's {@code Last-Event-ID} without an event (past events it may not see). */
    static byte[] position(long position) {
        return ("id: " + position + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }
}
