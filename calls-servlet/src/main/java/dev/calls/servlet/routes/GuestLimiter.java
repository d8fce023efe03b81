package dev.calls.servlet.routes;

import dev.calls.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for the guest endpoints, which answer without a signed-in caller: one per pass and one per remote
 * address, each refilled continuously. A request takes one token from both; either empty is {@code 429} with
 * {@code Retry-After}.
 */
final class GuestLimiter {
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Bucket perPass;
    private final Bucket perAddress;

    GuestLimiter(Clock clock, int perPassPerMinute, int perAddressPerMinute) {
        this.clock = clock;
        this.perPass = new Bucket(perPassPerMinute);
        this.perAddress = new Bucket(perAddressPerMinute);
    }

    /** Takes a token for the pass and for the address, or throws {@link RateLimitedException}. */
    void acquire(String pass, String address) {
        long now = clock.millis();
        perAddress.take("a:" + address, now);
        perPass.take("p:" + pass, now);
    }

    private static final class Bucket {
        private final double capacity;
        private final double perMilli;
        private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perMilli = perMinute / 60_000.0;
        }

        void take(String key, long now) {
            double[] wait = {0};
            buckets.compute(key, (k, b) -> {
                double[] bucket = b != null ? b : new double[] {capacity, now};
                double tokens = Math.min(capacity, bucket[0] + Math.max(0, now - bucket[1]) * perMilli);
                if (tokens >= 1) {
                    return new double[] {tokens - 1, now};
                }
                wait[0] = (1 - tokens) / perMilli;
                return new double[] {tokens, now};
            });
            if (wait[0] > 0) {
                throw new RateLimitedException(Duration.ofMillis((long) Math.ceil(wait[0])));
            }
            if (buckets.size() > MAX_KEYS) {
                buckets.entrySet().removeIf(e -> e.getValue()[0] >= capacity - 1e-9);
            }
        }
    }
}
