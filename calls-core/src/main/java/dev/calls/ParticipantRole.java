package dev.calls;

import java.util.Locale;

/** HOST participants are Jitsi moderators; the initiator of a call is its host. */
public enum ParticipantRole {
    HOST,
    GUEST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParticipantRole fromWire(String value) {
        return WireEnums.parse(ParticipantRole.class, value);
    }
}
