package dev.calls;

import java.util.Locale;

/**
 * HOST participants are Jitsi moderators; the initiator of a call is its host. GUEST is an invited user of the
 * host application; GUEST_EXTERNAL ({@code guest-external} on the wire) someone without an account who came in
 * through a guest pass, named by their pass and the name they gave, never a moderator.
 */
public enum ParticipantRole {
    HOST,
    GUEST,
    GUEST_EXTERNAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ParticipantRole fromWire(String value) {
        return WireEnums.parse(ParticipantRole.class, value);
    }
}
