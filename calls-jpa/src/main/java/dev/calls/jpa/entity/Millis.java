package dev.calls.jpa.entity;

import java.time.Instant;

/** Instants as epoch milliseconds, the form every instant column holds. */
public final class Millis {
    private static final Instant MIN = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant MAX = Instant.ofEpochMilli(Long.MAX_VALUE);

    private Millis() {
    }

    /** Epoch milliseconds, or null for null. */
    public static Long of(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /**
     * Epoch milliseconds of any instant, clamped to the range a {@code long} holds: a bound far in the past
     * or future (as a query may give) selects what the unclamped one would.
     */
    public static long clamped(Instant instant) {
        if (instant.isBefore(MIN)) {
            return Long.MIN_VALUE;
        }
        return instant.isAfter(MAX) ? Long.MAX_VALUE : instant.toEpochMilli();
    }

    /** The instant, or null for null. */
    public static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
