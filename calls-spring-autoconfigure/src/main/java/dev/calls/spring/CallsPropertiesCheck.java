package dev.calls.spring;

import dev.calls.CallsConfig;
import dev.calls.jitsi.JitsiProviders;
import dev.calls.servlet.CallsFilterOptions;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The checks behind {@link CallsProperties#validate}. Each message starts with the property's name, so the
 * start-up failure says which line of the configuration to fix. Stricter rules of the engine itself (core's
 * {@link CallsConfig}, the token providers) are applied here too, so they fail at binding time, not later.
 */
final class CallsPropertiesCheck {
    private static final Pattern ROOM_PREFIX = Pattern.compile("[a-z0-9-]{0,24}");
    /** Reported without their field, so the rejected value (the secret) is not printed with the error. */
    private static final Set<String> SECRETS = Set.of("jitsi.appSecret", "jitsi.privateKey", "webhooks.jaasSecret",
            "webhooks.jitsiSecret");

    private final CallsProperties p;
    private final Errors errors;

    CallsPropertiesCheck(CallsProperties p, Errors errors) {
        this.p = p;
        this.errors = errors;
    }

    void run() {
        basePath();
        between("ringTimeout", "calls.ring-timeout", p.getRingTimeout(), CallsConfig.MIN_RING_TIMEOUT,
                CallsConfig.MAX_RING_TIMEOUT);
        atLeast("presenceTimeout", "calls.presence-timeout", p.getPresenceTimeout(), Duration.ofSeconds(10));
        atLeast("maxCallDuration", "calls.max-call-duration", p.getMaxCallDuration(), Duration.ofMinutes(1));
        if (p.getIdleTimeout() != null) {
            atLeast("idleTimeout", "calls.idle-timeout", p.getIdleTimeout(), Duration.ofSeconds(10));
        }
        if (p.getMaxGroupSize() < 1 || p.getMaxGroupSize() > 1000) {
            reject("maxGroupSize", "calls.max-group-size must be between 1 and 1000, was " + p.getMaxGroupSize());
        }
        if (p.getStartsPerMinute() < 1) {
            reject("startsPerMinute", "calls.starts-per-minute must be at least 1, was " + p.getStartsPerMinute());
        }
        if (p.getRoomPrefix() == null || !ROOM_PREFIX.matcher(p.getRoomPrefix()).matches()) {
            reject("roomPrefix", "calls.room-prefix must be at most 24 of a-z, 0-9 and -, was '" + p.getRoomPrefix()
                    + "'");
        }
        jitsi();
        webhooks();
        servlet();
        atLeast("relay.pollInterval", "calls.relay.poll-interval", p.getRelay().getPollInterval(),
                Duration.ofMillis(10));
    }

    private void basePath() {
        try {
            CallsFilterOptions.defaults().basePath(p.getBasePath());
        } catch (RuntimeException e) {
            reject("basePath", "calls.base-path must look like /api/calls (a leading /, no trailing /), was '"
                    + p.getBasePath() + "'");
        }
    }

    /** The provider checks every key against the others; its messages start with the key at fault. */
    private void jitsi() {
        JitsiProperties j = p.getJitsi();
        if (j.getProvider() == null) {
            reject("jitsi.provider", "calls.jitsi.provider must be public, self-hosted or jaas");
            return;
        }
        try {
            JitsiProviders.fromProperties(j.toMap());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            reject(fieldOf(message), message);
        }
    }

    /** {@code calls.jitsi.private-key is required …} → {@code jitsi.privateKey}. */
    static String fieldOf(String message) {
        String prefix = "calls.jitsi.";
        if (!message.startsWith(prefix)) {
            return "jitsi";
        }
        String key = message.substring(prefix.length()).split("[\\s:]", 2)[0];
        if (key.startsWith("features.")) {
            return "jitsi.features";
        }
        StringBuilder field = new StringBuilder("jitsi.");
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    private void webhooks() {
        WebhooksProperties w = p.getWebhooks();
        atLeast("webhooks.tolerance", "calls.webhooks.tolerance", w.getTolerance(), Duration.ofSeconds(1));
        if (w.getJitsiSecret() != null && (w.getJitsiHeader() == null || w.getJitsiHeader().isBlank())) {
            reject("webhooks.jitsiHeader", "calls.webhooks.jitsi-header must name a header when "
                    + "calls.webhooks.jitsi-secret is set");
        }
    }

    private void servlet() {
        atLeast("servlet.heartbeatInterval", "calls.servlet.heartbeat-interval",
                p.getServlet().getHeartbeatInterval(), Duration.ofSeconds(1));
        if (p.getServlet().getMaxStreamsPerUser() < 1) {
            reject("servlet.maxStreamsPerUser", "calls.servlet.max-streams-per-user must be at least 1, was "
                    + p.getServlet().getMaxStreamsPerUser());
        }
    }

    private void between(String field, String property, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            reject(field, property + " must be between " + min.toSeconds() + "s and " + max.toSeconds() + "s, was "
                    + DurationText.of(value));
        }
    }

    private void atLeast(String field, String property, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            reject(field, property + " must be at least " + DurationText.of(min) + ", was " + DurationText.of(value));
        }
    }

    private void reject(String field, String message) {
        if (SECRETS.contains(field)) {
            errors.reject("calls.invalid", message);
        } else {
            errors.rejectValue(field, "calls.invalid", message);
        }
    }
}
