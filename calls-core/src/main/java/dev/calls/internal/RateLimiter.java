package dev.calls.internal;

import dev.calls.RateLimitedException;
import dev.calls.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per user, refilled continuously: {@code perMinute} starts a minute, bursts up to that many. */
final class RateLimiter {
    private final Clock clock;
    private final double perMilli;
    private final double capacity;
    private final ConcurrentHashMap<UserRef, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.capacity = perMinute;
        this.perMilli = perMinute / 60_000.0;
    }

    /** Takes one token or throws {@link RateLimitedException} with the wait until the next one. */
    void acquire(UserRef user) {
        long now = clock.millis();
        double[] waitMs = {0};
        buckets.compute(user, (u, b) -> {
            // b[0] = tokens, b[1] = last refill
            double[] bucket = b != null ? b : new double[] {capacity, now};
            double tokens = Math.min(capacity, bucket[0] + Math.max(0, now - bucket[1]) * perMilli);
            if (tokens >= 1) {
                return new double[] {tokens - 1, now};
            }
            waitMs[0] = (1 - tokens) / perMilli;
            return new double[] {tokens, now};
        });
        if (waitMs[0] > 0) {
            throw new RateLimitedException(Duration.ofMillis((long) Math.ceil(waitMs[0])));
        }
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> e.getValue()[0] >= capacity - 1e-9);
        }
    }
}
