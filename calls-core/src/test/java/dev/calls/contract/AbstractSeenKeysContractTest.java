package dev.calls.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.testing.MutableClock;
import dev.calls.webhook.SeenKeys;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SeenKeys} passes: a key is claimed once within the retention window, again after
 * it or after a release, keys are exact (case, length), and of threads (or nodes, see {@link #otherNode()})
 * racing on one key exactly one claims it. Extend it and return a fresh instance from {@link #newKeys}; a
 * durable one empties its table in {@link #cleanUp()}.
 */
public abstract class AbstractSeenKeysContractTest {
    protected static final Duration RETENTION = Duration.ofHours(1);

    protected final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    protected SeenKeys keys;
    private String prefix;

    /** Keys on empty storage, reading time from {@code clock} and remembering keys for {@code retention}. */
    protected abstract SeenKeys newKeys(MutableClock clock, Duration retention);

    /** Another instance on the same storage, as another node has it; by default the same instance. */
    protected SeenKeys otherNode() {
        return keys;
    }

    /** Runs after each test: durable keys delete what the test wrote. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openKeys() {
        keys = newKeys(clock, RETENTION);
        prefix = CallFixtures.tenant() + ":";
    }

    @AfterEach
    void closeKeys() {
        cleanUp();
    }

    private String key(String name) {
        return prefix + name;
    }

    @Test
    void claimWhenNewThenTrueAndWhenRepeatedThenFalse() {
        assertTrue(keys.claim(key("a")));
        assertFalse(keys.claim(key("a")));
        assertFalse(otherNode().claim(key("a")));
        assertTrue(keys.claim(key("b")));
    }

    @Test
    void claimWhenRetentionPassedThenTrueOnceAgain() {
        keys.claim(key("a"));
        clock.advance(RETENTION.minusSeconds(1));
        assertTrue(keys.claim(key("b")));

        clock.advance(Duration.ofSeconds(1));

        assertTrue(keys.claim(key("a")));
        assertFalse(otherNode().claim(key("a")));
    }

    @Test
    void releaseThenTheRetryIsClaimableAndReleaseIsIdempotent() {
        keys.claim(key("a"));

        keys.release(key("a"));
        keys.release(key("a"));
        keys.release(key("never-claimed"));

        assertTrue(otherNode().claim(key("a")));
        assertFalse(keys.claim(key("a")));
    }

    @Test
    void claimWhenKeysDifferOnlyInCaseOrAreLongThenEachIsItsOwn() {
        String longKey = key("x".repeat(5000));

        assertTrue(keys.claim(key("Delivery-1")));
        assertTrue(keys.claim(key("delivery-1")));
        assertTrue(keys.claim(longKey));
        assertTrue(keys.claim(longKey + "y"));
        assertFalse(keys.claim(longKey));
    }

    @Test
    void claimWhenThreadsRaceOnOneKeyThenExactlyOneIsFirst() {
        for (int round = 0; round < 10; round++) {
            String k = key("race-" + round);
            List<Boolean> first = Race.run(8, t -> (t % 2 == 0 ? keys : otherNode()).claim(k));

            assertEquals(1, first.stream().filter(f -> f).count(), "first claims in round " + round);
        }
    }
}
