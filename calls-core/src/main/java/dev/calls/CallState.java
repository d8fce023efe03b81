package dev.calls;

import java.util.Locale;

/**
 * The state of a call. {@link #RINGING} and {@link #ACTIVE} are live; every other state is terminal
 * and never changes again.
 */
public enum CallState {
    RINGING,
    ACTIVE,
    COMPLETED,
    MISSED,
    DECLINED,
    CANCELLED,
    FAILED;

    public boolean isTerminal() {
        return this != RINGING && this != ACTIVE;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallState fromWire(String value) {
        return WireEnums.parse(CallState.class, value);
    }
}
