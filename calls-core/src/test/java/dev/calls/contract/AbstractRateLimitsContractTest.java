package dev.calls.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.calls.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RateLimits} passes: a full bucket gives {@code limit} permits at once, then one per
 * {@code window / limit} with the exact wait told, keys are independent and exact, and of threads (or nodes, see
 * {@link #otherNode()}) racing on one key exactly {@code limit} win.
 */
public abstract class AbstractRateLimitsContractTest {
    private static final Instant T0 = CallFixtures.T0;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    protected RateLimits limits;
    private String prefix;

    /** Counters on empty storage. */
    protected abstract RateLimits newLimits();

    /** Another instance on the same storage, as another node has it; by default the same instance. */
    protected RateLimits otherNode() {
        return limits;
    }

    @BeforeEach
    void open() {
        limits = newLimits();
        prefix = CallFixtures.tenant() + ":";
    }

    @Test
    void takeWhenBucketFullThenLimitPermitsAndThenTheWaitForTheNext() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, limits.take(prefix + "alice", 20, MINUTE, T0), "permit " + i);
        }

        assertEquals(Duration.ofSeconds(3), limits.take(prefix + "alice", 20, MINUTE, T0));
        assertEquals(Duration.ofSeconds(1), otherNode().take(prefix + "alice", 20, MINUTE, T0.plusSeconds(2)));
        assertEquals(Duration.ZERO, limits.take(prefix + "alice", 20, MINUTE, T0.plusSeconds(3)));
        assertEquals(Duration.ofSeconds(3), limits.take(prefix + "alice", 20, MINUTE, T0.plusSeconds(3)));
    }

    @Test
    void takeWhenWindowPassedThenFullAgainAndRefusedTakesTookNothing() {
        assertEquals(Duration.ZERO, limits.take(prefix + "k", 1, Duration.ofSeconds(30), T0));
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ofSeconds(30 - i), limits.take(prefix + "k", 1, Duration.ofSeconds(30),
                    T0.plusSeconds(i)));
        }

        assertEquals(Duration.ZERO, otherNode().take(prefix + "k", 1, Duration.ofSeconds(30), T0.plusSeconds(30)));
    }

    @Test
    void takeWhenKeysDifferThenEachHasItsOwnBucket() {
        assertEquals(Duration.ZERO, limits.take(prefix + "a", 1, MINUTE, T0));
        assertEquals(Duration.ZERO, limits.take(prefix + "A", 1, MINUTE, T0));
        assertEquals(Duration.ZERO, limits.take(prefix + "a:", 1, MINUTE, T0));
        assertEquals(MINUTE, limits.take(prefix + "a", 1, MINUTE, T0));
    }

    @Test
    void takeWhenThreadsRaceThenExactlyLimitWin() {
        List<Boolean> won = Race.run(12, t -> (t % 2 == 0 ? limits : otherNode())
                .take(prefix + "race", 5, MINUTE, T0).isZero());

        assertEquals(5, won.stream().filter(w -> w).count());
    }

    @Test
    void takeWhenLimitOrWindowInvalidThenRefused() {
        assertThrows(IllegalArgumentException.class, () -> limits.take(prefix + "x", 0, MINUTE, T0));
        assertThrows(IllegalArgumentException.class, () -> limits.take(prefix + "x", 1, Duration.ZERO, T0));
    }
}
