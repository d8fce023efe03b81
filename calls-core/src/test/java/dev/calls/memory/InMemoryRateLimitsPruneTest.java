package dev.calls.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Past 100,000 keys, a take drops the keys whose buckets are full again, each judged on its own limit's scale:
 * a take with a large limit must not drop a live key of a small one.
 */
class InMemoryRateLimitsPruneTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void pruneWhenKeysOfDifferentLimitsThenOnlyFullBucketsAreDropped() {
        InMemoryRateLimits limits = new InMemoryRateLimits();
        Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("ring-again:bob", 3, minute, T0)).isZero();
        }
        assertThat(limits.take("ring-again:bob", 3, minute, T0)).isPositive();
        // many users' starts, each bucket full again a millisecond later
        for (int i = 0; i < 100_000; i++) {
            limits.take("start:user" + i, 1000, Duration.ofSeconds(1), T0);
        }

        Instant later = T0.plusSeconds(1);
        assertThat(limits.take("start:alice", 1000, Duration.ofSeconds(1), later)).isZero();
        assertThat(limits.size()).isEqualTo(2);
        // bob used his three rings of the minute at T0: the next one is his 20 s after T0
        assertThat(limits.take("ring-again:bob", 3, minute, later)).isEqualTo(Duration.ofSeconds(19));
    }

    @Test
    void limitLoweredForAKeyThenItsWaitStaysWithinTheWindow() {
        InMemoryRateLimits limits = new InMemoryRateLimits();
        Duration minute = Duration.ofMinutes(1);
        assertThat(limits.take("start:bob", 1000, minute, T0)).isZero();
        // the setting went down to 3 a minute: bob's start took 60 ms of the bucket, not years
        assertThat(limits.take("start:bob", 3, minute, T0)).isZero();
        assertThat(limits.take("start:bob", 3, minute, T0)).isZero();
        assertThat(limits.take("start:bob", 3, minute, T0)).isEqualTo(Duration.ofMillis(60));
    }
}
