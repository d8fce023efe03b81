package dev.calls.jpa.entity;

import java.time.Instant;

/** Instants as epoch milliseconds, the form every instant column holds. */
public final class Millis {
    private Millis() {
    }

    /** Epoch milliseconds, or null for null. */
    public static Long of(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** The instant, or null for null. */
    public static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
