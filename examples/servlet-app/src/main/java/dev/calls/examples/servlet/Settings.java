package dev.calls.examples.servlet;

import dev.calls.BusyPolicy;
import dev.calls.jitsi.Durations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code calls.*} settings, read from system properties ({@code -Dcalls.jitsi.provider=jaas}) or
 * environment variables ({@code CALLS_JITSI_PROVIDER=jaas}); a system property wins.
 */
public final class Settings {
    /** Every key this application reads, with the names DESIGN.md gives them. */
    public static final List<String> KEYS = List.of(
            "calls.base-path", "calls.public-base-url", "calls.jitsi.provider", "calls.jitsi.domain",
            "calls.jitsi.app-id", "calls.jitsi.app-secret", "calls.jitsi.private-key", "calls.jitsi.key-id",
            "calls.jitsi.token-ttl", "calls.jitsi.tenant", "calls.jitsi.subject", "calls.jitsi.audience",
            "calls.ring-timeout", "calls.presence-timeout", "calls.max-call-duration", "calls.busy-policy",
            "calls.idle-timeout", "calls.announce-call-presence", "calls.guests.secret",
            "calls.schema.initialize",
            "calls.webhooks.jaas-secret", "calls.webhooks.tolerance", "calls.webhooks.jitsi-secret",
            "calls.webhooks.jitsi-header", "calls.push.url", "calls.push.secret",
            "calls.push.fcm.service-account", "calls.push.fcm.project-id", "calls.push.fcm.endpoint",
            "calls.push.apns.key", "calls.push.apns.key-id", "calls.push.apns.team-id", "calls.push.apns.topic",
            "calls.push.apns.production", "calls.push.apns.host", "calls.push.apns.port",
            "calls.push.apns.trusted-certificate", "calls.mail.host", "calls.mail.port", "calls.mail.username",
            "calls.mail.password", "calls.mail.starttls", "calls.mail.from", "calls.datasource.url",
            "calls.datasource.username", "calls.datasource.password", "calls.redis.url", "calls.redis.key-prefix");
    /** JaaS token features ({@code calls.jitsi.features.recording=true}); any name below it is read. */
    public static final String FEATURES_PREFIX = "calls.jitsi.features.";

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
        // CALLS_JITSI_FEATURES_OUTBOUND_CALL → calls.jitsi.features.outbound-call; a system property wins
        String envPrefix = envName(FEATURES_PREFIX);
        env.forEach((name, value) -> {
            if (name.startsWith(envPrefix) && name.length() > envPrefix.length() && !value.isBlank()) {
                values.put(FEATURES_PREFIX + name.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '-'),
                        value.trim());
            }
        });
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            if (name.startsWith(FEATURES_PREFIX) && value != null && !value.isBlank()) {
                values.put(name, value.trim());
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

    /** The value, or null: the shape the library's {@code fromConfig} factories read settings in. */
    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 ({@code PT30S}). */
    public Duration duration(String key, Duration fallback) {
        String value = values.get(key);
        return value == null ? fallback : Durations.parse(value, key);
    }

    /** {@code refuse} or {@code wait}, any case; anything else fails naming the setting. */
    public BusyPolicy busyPolicy(String key, BusyPolicy fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        for (BusyPolicy policy : BusyPolicy.values()) {
            if (policy.wire().equalsIgnoreCase(value)) {
                return policy;
            }
        }
        throw new IllegalArgumentException(key + " must be refuse or wait, was '" + value + "'");
    }

    /** Never prints values: some are secrets. */
    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
