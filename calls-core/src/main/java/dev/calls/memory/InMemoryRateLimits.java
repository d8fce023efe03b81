package dev.calls.memory;

import dev.calls.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate-limit counters of this node, by the generic cell rate algorithm: per key the instant at which its bucket
 * is full again, kept in whole "milliseconds times limit" so no permit is lost to rounding. Keys of full buckets
 * are dropped when many are kept. Thread-safe.
 */
public final class InMemoryRateLimits implements RateLimits {
    private static final int PRUNE_ABOVE = 100_000;

    /** Per key: when its bucket is full, in milliseconds times the limit. */
    private final ConcurrentHashMap<String, Long> fullAt = new ConcurrentHashMap<>();

    @Override
    public Duration take(String key, int limit, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        check(limit, window);
        long t = now.toEpochMilli() * limit;
        long span = window.toMillis() * limit;
        long cost = window.toMillis();
        long[] wait = {0};
        fullAt.compute(key, (k, old) -> {
            long full = old == null ? t : Math.max(old, t);
            long next = full + cost;
            if (next - t > span) {
                wait[0] = next - span - t;
                return old;
            }
            return next;
        });
        if (fullAt.size() > PRUNE_ABOVE) {
            fullAt.values().removeIf(v -> v <= t);
        }
        return wait[0] == 0 ? Duration.ZERO : Duration.ofMillis((wait[0] + limit - 1) / limit);
    }

    /** The arguments' bounds, the same for every implementation. */
    public static void check(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (window == null || window.toMillis() < 1) {
            throw new IllegalArgumentException("window must be at least a millisecond");
        }
    }
}
