package dev.calls.jitsi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the duration settings of the configuration keys: a whole number with a unit ({@code 500ms},
 * {@code 90s}, {@code 30m}, {@code 8h}, {@code 2d}) or ISO-8601 ({@code PT1H}). A bare number is refused,
 * as it is unclear whether seconds or milliseconds were meant.
 */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * The duration {@code value} stands for.
     *
     * @param value the setting, such as {@code 30s} or {@code PT30S}
     * @param property the setting's name, used in the error message
     * @throws IllegalArgumentException naming {@code property} when the value is blank, negative, or not a duration
     */
    public static Duration parse(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must be a duration such as 30s, 5m, 8h or PT1H, was empty");
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        if (text.startsWith("p") || text.startsWith("-p")) {
            try {
                Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (d.isNegative()) {
                    throw new IllegalArgumentException(property + " must not be negative, was '" + value + "'");
                }
                return d;
            } catch (DateTimeParseException e) {
                // fall through to the common message
            }
        }
        throw new IllegalArgumentException(property + " must be a duration such as 30s, 5m, 8h or PT1H, was '"
                + value + "'");
    }

    /** Writes a duration the way settings are written: {@code 30s}, {@code 5m}, {@code 8h}, {@code 250ms}; "unset" for null. */
    public static String text(Duration d) {
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
