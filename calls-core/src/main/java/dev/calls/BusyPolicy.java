package dev.calls;

import java.util.Locale;

/** What a call to a user who is already in a call does. */
public enum BusyPolicy {
    /** The start is refused with {@code recipient_busy}; a 1:1 call is kept in history as missed, reason busy. */
    REFUSE,
    /**
     * The busy user is rung as "call waiting": their devices show the call quietly, with Decline and "End current
     * and answer" (an accept with {@code leaveCurrent}); answering one call does not stop the others ringing.
     */
    WAIT;

    /** {@code refuse} or {@code wait}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
