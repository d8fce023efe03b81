package dev.calls.servlet;

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
 */
public record CallsFilterOptions(
        String basePath,
        Duration heartbeatInterval,
        int maxStreamsPerUser,
        Duration maxLongPollWait,
        int maxBodyBytes,
        int maxQueuedBytesPerStream,
        int writerThreads,
        Duration reconnectDelay) {

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
    }

    /** Base path {@code /api/calls}, 25 s heartbeats, 10 streams a user, 30 s long polls, 64 KiB bodies. */
    public static CallsFilterOptions defaults() {
        return new CallsFilterOptions("/api/calls", Duration.ofSeconds(25), 10, Duration.ofSeconds(30), 64 * 1024,
                1024 * 1024, 2, Duration.ofSeconds(3));
    }

    public CallsFilterOptions basePath(String value) {
        return new CallsFilterOptions(value, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions heartbeatInterval(Duration value) {
        return new CallsFilterOptions(basePath, value, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions maxStreamsPerUser(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, value, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions maxLongPollWait(Duration value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, value, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions maxBodyBytes(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, value,
                maxQueuedBytesPerStream, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions maxQueuedBytesPerStream(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                value, writerThreads, reconnectDelay);
    }

    public CallsFilterOptions writerThreads(int value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, value, reconnectDelay);
    }

    public CallsFilterOptions reconnectDelay(Duration value) {
        return new CallsFilterOptions(basePath, heartbeatInterval, maxStreamsPerUser, maxLongPollWait, maxBodyBytes,
                maxQueuedBytesPerStream, writerThreads, value);
    }
}
