package dev.calls.servlet;

import dev.calls.InvalidSettingException;
import dev.calls.jitsi.Durations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Settings of a {@link CallsFilter}: immutable, built with {@link #builder()}, whose setters document each
 * default and bound; {@link Builder#build()} fails with an {@link InvalidSettingException} naming the setting
 * ({@code basePath}, {@code heartbeatInterval}, …). Collaborators such as the media-server receivers are not
 * settings: they are given to {@link CallsFilter#builder}.
 * <pre>{@code
 * CallsFilterOptions.builder().basePath("/calls").heartbeatInterval(Duration.ofSeconds(15)).build()
 * }</pre>
 */
public final class CallsFilterOptions {
    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final CallsFilterOptions DEFAULTS = builder().build();

    private final String basePath;
    private final Duration heartbeatInterval;
    private final int maxStreamsPerUser;
    private final Duration maxLongPollWait;
    private final int maxBodyBytes;
    private final int maxQueuedBytesPerStream;
    private final int writerThreads;
    private final Duration reconnectDelay;
    private final String publicBaseUrl;

    private CallsFilterOptions(Builder b) {
        basePath = b.basePath;
        heartbeatInterval = b.heartbeatInterval;
        maxStreamsPerUser = b.maxStreamsPerUser;
        maxLongPollWait = b.maxLongPollWait;
        maxBodyBytes = b.maxBodyBytes;
        maxQueuedBytesPerStream = b.maxQueuedBytesPerStream;
        writerThreads = b.writerThreads;
        reconnectDelay = b.reconnectDelay;
        publicBaseUrl = b.publicBaseUrl;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: see the setters of {@link Builder}. */
    public static CallsFilterOptions defaults() {
        return DEFAULTS;
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder().basePath(basePath).heartbeatInterval(heartbeatInterval)
                .maxStreamsPerUser(maxStreamsPerUser).maxLongPollWait(maxLongPollWait).maxBodyBytes(maxBodyBytes)
                .maxQueuedBytesPerStream(maxQueuedBytesPerStream).writerThreads(writerThreads)
                .reconnectDelay(reconnectDelay).publicBaseUrl(publicBaseUrl);
    }

    /** Where the filter answers, such as {@code /api/calls}. */
    public String basePath() {
        return basePath;
    }

    /** How often an idle event stream gets a comment line. */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** Open event streams one user may hold. */
    public int maxStreamsPerUser() {
        return maxStreamsPerUser;
    }

    /** The longest {@code wait} a long-poll request may ask for. */
    public Duration maxLongPollWait() {
        return maxLongPollWait;
    }

    /** The largest request body accepted. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Output a stream may have waiting for a slow client before it is closed. */
    public int maxQueuedBytesPerStream() {
        return maxQueuedBytesPerStream;
    }

    /** Threads shared by all streams that hand queued events to the container. */
    public int writerThreads() {
        return writerThreads;
    }

    /** The {@code retry:} a browser waits before reconnecting a dropped stream. */
    public Duration reconnectDelay() {
        return reconnectDelay;
    }

    /** The application's external URL for links that leave the browser; null: built from each request. */
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    @Override
    public String toString() {
        return "CallsFilterOptions[basePath=" + basePath + ", heartbeatInterval=" + Durations.text(heartbeatInterval)
                + ", maxStreamsPerUser=" + maxStreamsPerUser + ", maxLongPollWait=" + Durations.text(maxLongPollWait)
                + ", maxBodyBytes=" + maxBodyBytes + ", maxQueuedBytesPerStream=" + maxQueuedBytesPerStream
                + ", writerThreads=" + writerThreads + ", reconnectDelay=" + Durations.text(reconnectDelay)
                + ", publicBaseUrl=" + publicBaseUrl + "]";
    }

    /** Collects settings; {@link #build()} checks them all. Every setter documents its default and bounds. */
    public static final class Builder {
        private String basePath = "/api/calls";
        private Duration heartbeatInterval = Duration.ofSeconds(25);
        private int maxStreamsPerUser = 10;
        private Duration maxLongPollWait = Duration.ofSeconds(30);
        private int maxBodyBytes = 64 * 1024;
        private int maxQueuedBytesPerStream = 1024 * 1024;
        private int writerThreads = 2;
        private Duration reconnectDelay = Duration.ofSeconds(3);
        private String publicBaseUrl;

        private Builder() {
        }

        /**
         * Where the filter answers (default {@code /api/calls}): starts with {@code /}, no trailing slash,
         * letters, digits and {@code -_./} only.
         */
        public Builder basePath(String basePath) {
            this.basePath = basePath;
            return this;
        }

        /**
         * How often an idle event stream gets a comment line, which keeps proxies from closing it and finds dead
         * connections; at least 10 ms (default 25 s).
         */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
            return this;
        }

        /** Open event streams one user may hold, at least 1; a new one beyond this closes the oldest (default 10). */
        public Builder maxStreamsPerUser(int maxStreamsPerUser) {
            this.maxStreamsPerUser = maxStreamsPerUser;
            return this;
        }

        /** The longest {@code wait} a long-poll request may ask for; 0 to 5 min (default 30 s). */
        public Builder maxLongPollWait(Duration maxLongPollWait) {
            this.maxLongPollWait = maxLongPollWait;
            return this;
        }

        /** The largest request body accepted; at least 1024 bytes (default 64 KiB). */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Output a stream may have waiting for a slow client before it is closed; the client then reconnects
         * with {@code Last-Event-ID} and misses nothing. At least 64 KiB (default 1 MiB).
         */
        public Builder maxQueuedBytesPerStream(int maxQueuedBytesPerStream) {
            this.maxQueuedBytesPerStream = maxQueuedBytesPerStream;
            return this;
        }

        /** Threads shared by all streams that hand queued events to the container; 1 to 64 (default 2). */
        public Builder writerThreads(int writerThreads) {
            this.writerThreads = writerThreads;
            return this;
        }

        /** The {@code retry:} a browser waits before reconnecting a dropped stream; not negative (default 3 s). */
        public Builder reconnectDelay(Duration reconnectDelay) {
            this.reconnectDelay = reconnectDelay;
            return this;
        }

        /**
         * Where users reach the application from outside, with its context path, such as
         * {@code https://app.example.com} or {@code https://example.com/app}: an absolute http(s) URL without
         * query or fragment; trailing slashes are dropped. The base of links that leave the browser (the meeting
         * page in calendar invitations). Null (the default) builds them from each request's scheme, host and port,
         * which is right unless a proxy in front rewrites them.
         */
        public Builder publicBaseUrl(String publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
            return this;
        }

        /**
         * Checks every setting.
         *
         * @throws InvalidSettingException naming the first setting at fault
         */
        public CallsFilterOptions build() {
            required("basePath", basePath);
            check(BASE_PATH.matcher(basePath).matches(), "basePath", "must look like /api/calls (a leading /, no "
                    + "trailing /, letters, digits and -_./)", "'" + basePath + "'");
            atLeast("heartbeatInterval", heartbeatInterval, Duration.ofMillis(10));
            check(maxStreamsPerUser >= 1, "maxStreamsPerUser", "must be at least 1", maxStreamsPerUser);
            atLeast("maxLongPollWait", maxLongPollWait, Duration.ZERO);
            check(maxLongPollWait.compareTo(Duration.ofMinutes(5)) <= 0, "maxLongPollWait",
                    "must be between 0s and 5m", Durations.text(maxLongPollWait));
            check(maxBodyBytes >= 1024, "maxBodyBytes", "must be at least 1024", maxBodyBytes);
            check(maxQueuedBytesPerStream >= 64 * 1024, "maxQueuedBytesPerStream", "must be at least 65536",
                    maxQueuedBytesPerStream);
            check(writerThreads >= 1 && writerThreads <= 64, "writerThreads", "must be between 1 and 64",
                    writerThreads);
            atLeast("reconnectDelay", reconnectDelay, Duration.ZERO);
            publicBaseUrl = publicBaseUrl == null ? null : checkPublicBaseUrl(publicBaseUrl);
            return new CallsFilterOptions(this);
        }

        private static String checkPublicBaseUrl(String value) {
            String trimmed = value.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            try {
                URI uri = new URI(trimmed);
                boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                        && uri.getRawUserInfo() == null) {
                    return trimmed;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            // the value is not echoed: a URL with user info carries a password
            throw new InvalidSettingException("publicBaseUrl", "publicBaseUrl must be an absolute http(s) URL "
                    + "without user info, query or fragment, such as https://app.example.com");
        }

        private static void required(String setting, Object value) {
            if (value == null) {
                throw new InvalidSettingException(setting, setting + " is required");
            }
        }

        private static void atLeast(String setting, Duration value, Duration min) {
            required(setting, value);
            check(value.compareTo(min) >= 0, setting, "must be at least " + Durations.text(min),
                    Durations.text(value));
        }

        private static void check(boolean ok, String setting, String rule, Object value) {
            if (!ok) {
                throw new InvalidSettingException(setting, setting + " " + rule + ", was " + value);
            }
        }
    }
}
