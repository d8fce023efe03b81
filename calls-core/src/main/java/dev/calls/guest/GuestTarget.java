package dev.calls.guest;

import java.util.Objects;
import java.util.UUID;

/**
 * What a guest pass lets its holder into: a scheduled meeting or a live call.
 *
 * @param kind meeting or call
 * @param id the meeting's or the call's id
 */
public record GuestTarget(Kind kind, UUID id) {

    /** The two things a guest can be invited to. */
    public enum Kind {
        MEETING,
        CALL;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromWire(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public GuestTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static GuestTarget meeting(UUID meetingId) {
        return new GuestTarget(Kind.MEETING, meetingId);
    }

    public static GuestTarget call(UUID callId) {
        return new GuestTarget(Kind.CALL, callId);
    }
}
