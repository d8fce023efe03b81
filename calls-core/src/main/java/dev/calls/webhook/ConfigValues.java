package dev.calls.webhook;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads settings by their documented keys ({@code calls.webhooks.…}) from any key → value source. */
final class ConfigValues {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private ConfigValues() {
    }

    static String text(Function<String, String> config, String key) {
        String v = config.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms}, {@code 2d}, or ISO-8601 such as {@code PT5M}. */
    static Duration duration(Function<String, String> config, String key, Duration fallback) {
        String v = text(config, key);
        if (v == null) {
            return fallback;
        }
        Matcher m = SIMPLE.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " is not a duration such as 5m or PT5M: '" + v + "'");
        }
    }
}
