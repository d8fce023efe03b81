package dev.calls.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.UserRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One push message about one call to one user, in the vocabulary every push adapter sends:
 * <pre>{"v":1,"kind":"ring|cancel|missed","callId","tenant","caller":{"id","name","avatarUrl"},"video",
 * "ringUntil":&lt;epoch ms&gt;,"reason","serverUrl"}</pre>
 * {@code reason} only on {@code cancel} and {@code missed}. It carries no secret and no join token: the app
 * fetches join information after the user accepts. Messages about one call collapse into one
 * ({@link #collapseId()}), so a cancel replaces its ring.
 *
 * @param kind ring, cancel or missed
 * @param callId the call
 * @param recipient whom it is for (not part of the payload)
 * @param caller who is calling
 * @param video whether it is a video call
 * @param ringUntil when the ringing ends at the latest; a ring is worthless after it
 * @param reason on cancel and missed: {@code answered_elsewhere}, {@code declined_elsewhere}, {@code cancelled},
 *     {@code busy} or {@code missed}; null on ring
 * @param serverUrl the media deployment's base URL (such as {@code https://meet.jit.si})
 */
public record PushMessage(Kind kind, UUID callId, UserRef recipient, Caller caller, boolean video, Instant ringUntil,
        String reason, String serverUrl) {
    /** The vocabulary's version. */
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public PushMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ringUntil, "ringUntil");
        if ((kind == Kind.RING) != (reason == null)) {
            throw new IllegalArgumentException("a reason is given on cancel and missed only");
        }
    }

    /** What a message asks of the device. */
    public enum Kind {
        /** Ring now (until {@code ringUntil}). */
        RING,
        /** Stop ringing: answered or declined elsewhere, cancelled by the caller, or busy. */
        CANCEL,
        /** Stop ringing: nobody answered in time. */
        MISSED;

        /** The lower-case wire word. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Who is calling.
     *
     * @param id the caller's user id
     * @param name display name
     * @param avatarUrl avatar image URL, may be null
     */
    public record Caller(String id, String name, String avatarUrl) {
        public Caller {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The message's tenant. */
    public String tenant() {
        return recipient.tenant();
    }

    /** The key under which a later message about the same call replaces an earlier one on the device. */
    public String collapseId() {
        return callId.toString();
    }

    /** The payload fields in order; {@code reason} only when set, {@code avatarUrl} and {@code serverUrl} may be null. */
    public Map<String, Object> payload() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", caller.id());
        c.put("name", caller.name());
        c.put("avatarUrl", caller.avatarUrl());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("kind", kind.wire());
        m.put("callId", callId.toString());
        m.put("tenant", tenant());
        m.put("caller", c);
        m.put("video", video);
        m.put("ringUntil", ringUntil.toEpochMilli());
        if (reason != null) {
            m.put("reason", reason);
        }
        m.put("serverUrl", serverUrl);
        return m;
    }

    /** The payload as compact JSON (UTF-8); well under 4 KB for any input the engine accepts. */
    public byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a push message", e);
        }
    }
}
