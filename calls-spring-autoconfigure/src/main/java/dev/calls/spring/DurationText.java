package dev.calls.spring;

import java.time.Duration;

/** Writes a duration the way the properties are written: {@code 30s}, {@code 5m}, {@code 8h}, {@code 250ms}. */
final class DurationText {
    private DurationText() {
    }

    static String of(Duration d) {
        if (d == null) {
            return "unset";
        }
        long ms = d.toMillis();
        if (ms != 0 && ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
