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

    /**
     * When a key's bucket is full: {@code scaled} in milliseconds times {@code limit}, the limit it was taken with.
     * Keys of different limits are on different scales, so pruning compares each with its own.
     */
    private record FullAt(long scaled, int limit) {
        boolean fullBy(long nowMillis) {
            return scaled <= nowMillis * limit;
        }
    }

    private final ConcurrentHashMap<String, FullAt> fullAt = new ConcurrentHashMap<>();

    @Override
    public Duration take(String key, int limit, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        check(limit, window);
        long nowMillis = now.toEpochMilli();
        long t = nowMillis * limit;
        long span = window.toMillis() * limit;
        long cost = window.toMillis();
        long[] wait = {0};
        fullAt.compute(key, (k, old) -> {
            // a key taken before with another limit (its setting changed): the same instant on this one's scale
            long before = old == null ? t
                    : old.limit() == limit ? old.scaled() : (old.scaled() + old.limit() - 1) / old.limit() * limit;
            long full = Math.max(before, t);
            long next = full + cost;
            if (next - t > span) {
                wait[0] = next - span - t;
                return old;
            }
            return new FullAt(next, limit);
        });
        if (fullAt.size() > PRUNE_ABOVE) {
            fullAt.values().removeIf(v -> v.fullBy(nowMillis));
        }
        return wait[0] == 0 ? Duration.ZERO : Duration.ofMillis((wait[0] + limit - 1) / limit);
    }

    /** How many keys are kept (for tests). */
    int size() {
        return fullAt.size();
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
