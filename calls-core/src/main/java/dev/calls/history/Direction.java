package dev.calls.history;

import java.util.Locale;

/** Seen from one user: did they place the call or receive it. */
public enum Direction {
    OUTGOING,
    INCOMING;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
