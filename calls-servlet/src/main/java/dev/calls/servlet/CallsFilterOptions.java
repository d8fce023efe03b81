package dev.calls.servlet;

import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link CallsFilter}. Immutable; start from {@link #defaults()} and change what you need:
 * {@code CallsFilterOptions.defaults().basePath("/calls").heartbeatInterval(Duration.ofSeconds(15))}.
 *
 * @param basePath where the filter answers, such as {@code /api/calls}: starts with {@code /}, no trailing
 *     slash, letters, digits, {@code -_./} only
 * @param heartbeatInterval how often an idle event stream gets a comment line, which keeps proxies from
 *     closing it and finds dead connections (default 25 s)
 * @param maxStreamsPerUser open event streams one user may hold; a new stream beyond this closes that
 *     user's oldest one (default 10)
 * @param maxLongPollWait the longest {@code wait} a long-poll request may ask for (default 30 s)
 * @param maxBodyBytes the largest request body accepted (default 64 KiB)
 * @param maxQueuedBytesPerStream output a stream may have waiting for a slow client before it is closed;
 *     the client then reconnects with {@code Last-Event-ID} and misses nothing (default 1 MiB)
 * @param writerThreads threads shared by all streams that hand queued events to the container (default 2)
 * @param reconnectDelay the {@code retry:} a browser waits before reconnecting a dropped stream (default 3 s)
 * @param jaasWebhooks receives 8x8 JaaS webhooks at {@code POST <base>/webhooks/jaas}; null (the default)
 *     answers that path {@code 404 not_found}
 * @param jitsiEventSync receives a self-hosted Jitsi's {@code event_sync} posts at
 *     {@code POST <base>/webhooks/jitsi/events/…}; null (the default) answers those paths {@code 404 not_found}
 * @param publicBaseUrl where users reach the application from outside, with its context path and without a
 *     trailing slash, such as {@code https://app.example.com} or {@code https://example.com/app}; the base
 *     of links that leave the browser (the meeting page in calendar invitations). Null (the default) builds
 *     them from each request's scheme, host and port, which is right unless a proxy in front rewrites them
 */
public record CallsFilterOptions(
        String basePath,
        Duration heartbeatInterval,
        int maxStreamsPerUser,
        Duration maxLongPollWait,
        int maxBodyBytes,
        int maxQueuedBytesPerStream,
        int writerThreads,
        Duration reconnectDelay,
        JaasWebhookReceiver jaasWebhooks,
        JitsiEventSyncReceiver jitsiEventSync,
        String publicBaseUrl) {

    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");

    public CallsFilterOptions {
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(maxLongPollWait, "maxLongPollWait");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (!BASE_PATH.matcher(basePath).matches()) {
            throw new IllegalArgumentException("basePath must look like /api/calls, was '" + basePath + "'");
        }
        if (heartbeatInterval.toMillis() < 10) {
            throw new IllegalArgumentException("heartbeatInterval must be at least 10ms");
        }
        if (maxStreamsPerUser < 1) {
            throw new IllegalArgumentException("maxStreamsPerUser must be positive");
        }
        if (maxLongPollWait.isNegative() || maxLongPollWait.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("maxLongPollWait must be between 0 and 5 minutes");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
        if (maxQueuedBytesPerStream < 64 * 1024) {
            throw new IllegalArgumentException("maxQueuedBytesPerStream must be at least 64 KiB");
        }
        if (writerThreads < 1 || writerThreads > 64) {
            throw new IllegalArgumentException("writerThreads must be between 1 and 64");
        }
        if (reconnectDelay.isNegative()) {
            throw new IllegalArgumentException("reconnectDelay must not be negative");
        }
        publicBaseUrl = checkPublicBaseUrl(publicBaseUrl);
    }

    /** The settings of earlier versions, without media-server receivers and with links built from requests. */
    public CallsFilterOptions(String basePath, Duration heartbeatInterval, int maxStreamsPerUser,
            Duration maxLongPollWait, int maxBodyBytes, int maxQueuedBytesPerStream, int writerThreads,
            Duration reconnectDelay) {
        this(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes, maxQueuedBytesPerStream,
                writerThreads, reconnectDelay, null, null, null);
    }

    private static String checkPublicBaseUrl(String value) {
        if (value == null) {
            return null;
        }
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
        throw new IllegalArgumentException("publicBaseUrl must be an absolute http(s) URL without query or fragment,"
                + " such as https://app.example.com, was '" + value + "'");
    }

    /** Base path {@code /api/calls}, 25 s heartbeats, 10 streams a user, 30 s long polls, 64 KiB bodies. */
    public static CallsFilterOptions defaults() {
        return new CallsFilterOptions("/api/calls", Duration.ofSeconds(25), 10, Duration.ofSeconds(30), 64 * 1024,
                1024 * 1024, 2, Duration.ofSeconds(3), null, null, null);
    }

    public CallsFilterOptions basePath(String value) {
        return new CallsFilterOptions(value, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions heartbeatInterval(Duration value) {
        return new CallsFilterOptions(basePath, value, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions maxStreamsPerUser(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, value, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions maxLongPollWait(Duration value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, value, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions maxBodyBytes(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, value,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions maxQueuedBytesPerStream(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                value, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions writerThreads(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, value, reconnectDelay, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    public CallsFilterOptions reconnectDelay(Duration value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, value, jaasWebhooks, jitsiEventSync, publicBaseUrl);
    }

    /** Answers {@code POST <base>/webhooks/jaas} with this receiver (null: not configured, 404). */
    public CallsFilterOptions jaasWebhooks(JaasWebhookReceiver value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, value, jitsiEventSync, publicBaseUrl);
    }

    /** Answers {@code POST <base>/webhooks/jitsi/events/…} with this receiver (null: not configured, 404). */
    public CallsFilterOptions jitsiEventSync(JitsiEventSyncReceiver value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, value, publicBaseUrl);
    }

    /** The application's external URL for links that leave the browser (null: from each request). */
    public CallsFilterOptions publicBaseUrl(String value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay, jaasWebhooks, jitsiEventSync, value);
    }
}
