package dev.calls;

import java.util.Locale;

/**
 * A participant's part in a call: {@code INVITED → RINGING → JOINED → LEFT}, or {@code DECLINED} /
 * {@code MISSED}. The initiator starts {@code JOINED}.
 */
public enum ParticipantState {
    INVITED,
    RINGING,
    JOINED,
    LEFT,
    DECLINED,
    MISSED;

    /** Still being asked to answer. */
    public boolean isPending() {
        return this == INVITED || this == RINGING;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParticipantState fromWire(String value) {
        return WireEnums.parse(ParticipantState.class, value);
    }
}
