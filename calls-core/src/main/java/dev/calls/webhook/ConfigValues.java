package dev.calls.webhook;

import java.time.Duration;
import java.util.function.Function;

/** Reads settings by their documented keys ({@code calls.webhooks.…}) from any key → value source. */
final class ConfigValues {

    private ConfigValues() {
    }

    static String text(Function<String, String> config, String key) {
        String v = config.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms}, {@code 2d}, or ISO-8601 such as {@code PT5M}. */
    static Duration duration(Function<String, String> config, String key, Duration fallback) {
        String v = text(config, key);
        return v == null ? fallback : dev.calls.jitsi.Durations.parse(v, key);
    }
}
