package dev.calls;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Millisecond truncation, so H2, PostgreSQL and MySQL round-trips compare equal. */
public final class Instants {
    private Instants() {
    }

    /** {@code instant} truncated to milliseconds, or null for null. */
    public static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
