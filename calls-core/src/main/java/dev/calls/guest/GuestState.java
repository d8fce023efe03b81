package dev.calls.guest;

import java.util.Locale;

/** Where a guest pass stands in the waiting room. */
public enum GuestState {
    /** Created; the guest has not knocked yet. */
    INVITED,
    /** The guest knocked and waits for a host (or for the organizer to join). */
    WAITING,
    /** Let in: the guest may take join information. */
    ADMITTED,
    /** Turned away by a host. */
    DENIED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GuestState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
