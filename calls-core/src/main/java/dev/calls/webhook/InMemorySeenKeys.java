package dev.calls.webhook;

import java.time.Clock;
import java.time.Duration;

/**
 * Delivery keys in this node's memory, each kept for a retention window (default 24 h, longer than a
 * sender's retries last) and at most a fixed number of them (default 100 000, a few megabytes). Past the
 * capacity the oldest keys are forgotten first; a duplicate of a forgotten key is handled again, which
 * the engine tolerates (reports of presence and room ends are idempotent). Thread-safe.
 */
public final class InMemorySeenKeys implements SeenKeys {
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    public static final int DEFAULT_CAPACITY = 100_000;

    private final ExpiringMap<Boolean> keys;

    public InMemorySeenKeys(Clock clock) {
        this(clock, DEFAULT_RETENTION, DEFAULT_CAPACITY);
    }

    public InMemorySeenKeys(Clock clock, Duration retention, int capacity) {
        this.keys = new ExpiringMap<>(clock, retention, capacity);
    }

    @Override
    public boolean claim(String key) {
        boolean[] fresh = {false};
        keys.compute(key, (k, seen) -> {
            fresh[0] = seen == null;
            return Boolean.TRUE;
        });
        return fresh[0];
    }

    @Override
    public void release(String key) {
        keys.remove(key);
    }

    /** Keys currently remembered. */
    public int size() {
        return keys.size();
    }
}
