package dev.calls.meeting;

import dev.calls.InputLimits;
import dev.calls.InvalidSettingException;
import dev.calls.jitsi.Durations;
import java.time.Duration;

/**
 * Rules for scheduled meetings, checked once when the engine is built.
 *
 * @param joinEarly how long before the start tokens are handed out (default 10 min; 0 to 24 h)
 * @param maxDuration longest meeting (default 12 h; 5 min to 7 days)
 * @param maxLeadTime how far ahead a meeting may be scheduled (default 366 days; 1 day to 3660 days)
 * @param maxTitleLength longest title in characters (default 200; 1 to 1000)
 */
public record MeetingSettings(Duration joinEarly, Duration maxDuration, Duration maxLeadTime, int maxTitleLength) {

    public MeetingSettings {
        between("meetings.joinEarly", joinEarly, Duration.ZERO, Duration.ofHours(24));
        between("meetings.maxDuration", maxDuration, Duration.ofMinutes(5), Duration.ofDays(7));
        between("meetings.maxLeadTime", maxLeadTime, Duration.ofDays(1), Duration.ofDays(3660));
        if (maxTitleLength < 1 || maxTitleLength > InputLimits.MAX_TITLE_LENGTH) {
            throw new InvalidSettingException("meetings.maxTitleLength",
                    "meetings.maxTitleLength must be between 1 and " + InputLimits.MAX_TITLE_LENGTH + ", was " + maxTitleLength);
        }
    }

    private static void between(String setting, Duration value, Duration min, Duration max) {
        if (value == null) {
            throw new InvalidSettingException(setting, setting + " is required");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidSettingException(setting, setting + " must be between " + Durations.text(min) + " and "
                    + Durations.text(max) + ", was " + Durations.text(value));
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
