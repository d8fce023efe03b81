package dev.calls.examples.servlet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code calls.*} settings, read from system properties ({@code -Dcalls.jitsi.provider=jaas}) or
 * environment variables ({@code CALLS_JITSI_PROVIDER=jaas}); a system property wins.
 */
public final class Settings {
    /** Every key this application reads, with the names DESIGN.md gives them. */
    public static final List<String> KEYS = List.of(
            "calls.base-path", "calls.jitsi.provider", "calls.jitsi.domain", "calls.jitsi.app-id",
            "calls.jitsi.app-secret", "calls.jitsi.private-key", "calls.jitsi.key-id", "calls.jitsi.token-ttl",
            "calls.ring-timeout", "calls.presence-timeout", "calls.max-call-duration", "calls.schema.initialize",
            "calls.webhooks.jaas-secret", "calls.datasource.url", "calls.datasource.username",
            "calls.datasource.password");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Known keys from the process's system properties and environment. */
    public static Settings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    static Settings from(Properties properties, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = properties.getProperty(key);
            if (value == null) {
                value = env.get(envName(key));
            }
            if (value != null && !value.isBlank()) {
                values.put(key, value.trim());
            }
        }
        return new Settings(values);
    }

    /** {@code calls.jitsi.app-id} → {@code CALLS_JITSI_APP_ID}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 ({@code PT30S}). */
    public Duration duration(String key, Duration fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
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
            return Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 30s, 5m or 1h, was '" + value + "'");
        }
    }

    /** Never prints values: some are secrets. */
    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
