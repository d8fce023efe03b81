package dev.calls.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemorySeenKeysTest {
    private final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    private final InMemorySeenKeys keys = new InMemorySeenKeys(clock, Duration.ofHours(1), 3);

    @Test
    void claimWhenSeenBeforeThenFalse() {
        assertThat(keys.claim("a")).isTrue();
        assertThat(keys.claim("a")).isFalse();
    }

    @Test
    void claimWhenRetentionPassedThenTrueAgain() {
        keys.claim("a");
        clock.advance(Duration.ofMinutes(59));
        assertThat(keys.claim("b")).isTrue();
        clock.advance(Duration.ofMinutes(1));

        assertThat(keys.claim("a")).isTrue();
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void claimWhenOverCapacityThenOldestForgottenAndMemoryBounded() {
        for (String k : new String[] {"a", "b", "c", "d"}) {
            keys.claim(k);
        }

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.claim("d")).isFalse();
        assertThat(keys.claim("a")).isTrue();
    }

    @Test
    void releaseWhenHandlingFailedThenRetryIsClaimable() {
        keys.claim("a");
        keys.release("a");

        assertThat(keys.claim("a")).isTrue();
    }
}
