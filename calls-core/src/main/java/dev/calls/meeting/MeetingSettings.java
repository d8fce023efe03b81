package dev.calls.meeting;

import java.time.Duration;
import java.util.Objects;

/**
 * Rules for scheduled meetings, checked once when the engine is built.
 *
 * @param joinEarly how long before the start tokens are handed out (default 10 min; 0 to 24 h)
 * @param maxDuration longest meeting (default 12 h; 5 min to 7 days)
 * @param maxLeadTime how far ahead a meeting may be scheduled (default 366 days; at least 1 day)
 * @param maxTitleLength longest title in characters (default 200; 1 to 1000)
 */
public record MeetingSettings(Duration joinEarly, Duration maxDuration, Duration maxLeadTime, int maxTitleLength) {

    public MeetingSettings {
        Objects.requireNonNull(joinEarly, "joinEarly");
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(maxLeadTime, "maxLeadTime");
        if (joinEarly.isNegative() || joinEarly.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("joinEarly must be between 0 and 24h, was " + joinEarly);
        }
        if (maxDuration.compareTo(Duration.ofMinutes(5)) < 0 || maxDuration.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("maxDuration must be between 5m and 7d, was " + maxDuration);
        }
        if (maxLeadTime.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("maxLeadTime must be at least 1 day, was " + maxLeadTime);
        }
        if (maxTitleLength < 1 || maxTitleLength > 1000) {
            throw new IllegalArgumentException("maxTitleLength must be between 1 and 1000, was " + maxTitleLength);
        }
    }

    public static MeetingSettings defaults() {
        return new MeetingSettings(Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofDays(366), 200);
    }

    /** The defaults with another join window opening. */
    public MeetingSettings withJoinEarly(Duration early) {
        return new MeetingSettings(early, maxDuration, maxLeadTime, maxTitleLength);
    }
}
