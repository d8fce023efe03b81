package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.spi.DeliveryCursors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryCursors} must do: one owner at a time, a place that survives the owner, and a lease
 * that runs out. Racing tests use {@link #otherNode()}, the same cursors as another node sees them.
 */
public abstract class AbstractDeliveryCursorsContractTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(15);

    protected DeliveryCursors cursors;

    protected abstract DeliveryCursors newCursors();

    /** The same cursors through another node's connections; by default the same instance. */
    protected DeliveryCursors otherNode() {
        return cursors;
    }

    protected void cleanUp() {
    }

    @BeforeEach
    void open() {
        cursors = newCursors();
    }

    @AfterEach
    void close() {
        cleanUp();
    }

    @Test
    void leaseWhenTheCursorIsNewThenCreatedAtTheStartAndHeld() {
        assertThat(cursors.lease("c", "node-a", 41, T0, TTL)).hasValue(41);
        assertThat(cursors.lease("c", "node-a", 99, T0.plusSeconds(1), TTL)).as("renewed; the start only creates")
                .hasValue(41);
    }

    @Test
    void leaseWhenAnotherOwnerHoldsItThenRefusedUntilItRunsOut() {
        cursors.lease("c", "node-a", 0, T0, TTL);
        assertThat(cursors.advance("c", "node-a", 7)).isTrue();

        assertThat(otherNode().lease("c", "node-b", 0, T0.plus(TTL).minusMillis(1), TTL)).isEmpty();
        assertThat(otherNode().lease("c", "node-b", 0, T0.plus(TTL), TTL)).as("the lease ran out: where a left off")
                .hasValue(7);
        assertThat(cursors.advance("c", "node-a", 9)).as("a lost the lease").isFalse();
        assertThat(cursors.lease("c", "node-a", 0, T0.plus(TTL).plusSeconds(1), TTL)).isEmpty();
    }

    @Test
    void releaseThenAnotherOwnerTakesOverAtOnceWhereItWas() {
        cursors.lease("c", "node-a", 3, T0, TTL);
        cursors.advance("c", "node-a", 12);
        cursors.release("c", "node-a");

        assertThat(otherNode().lease("c", "node-b", 0, T0.plusSeconds(1), TTL)).hasValue(12);
    }

    @Test
    void releaseByAnOwnerThatDoesNotHoldItThenNothingChanges() {
        cursors.lease("c", "node-a", 3, T0, TTL);
        otherNode().release("c", "node-b");

        assertThat(otherNode().lease("c", "node-b", 0, T0.plusSeconds(1), TTL)).isEmpty();
    }

    @Test
    void cursorsWhenNamedDifferentlyThenIndependent() {
        cursors.lease("one", "node-a", 1, T0, TTL);

        assertThat(otherNode().lease("two", "node-b", 2, T0, TTL)).hasValue(2);
        assertThat(otherNode().advance("one", "node-b", 5)).isFalse();
    }

    @Test
    void leaseWhenEightOwnersRaceForANewCursorThenExactlyOneHoldsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<OptionalLong>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DeliveryCursors node = i % 2 == 0 ? cursors : otherNode();
                String owner = "node-" + i;
                Callable<OptionalLong> race = () -> {
                    go.await();
                    return node.lease("raced", owner, 5, T0, TTL);
                };
                racers.add(pool.submit(race));
            }
            go.countDown();
            int holders = 0;
            for (Future<OptionalLong> racer : racers) {
                if (racer.get(30, TimeUnit.SECONDS).isPresent()) {
                    holders++;
                }
            }
            assertThat(holders).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
