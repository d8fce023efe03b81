package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static dev.calls.contract.CallFixtures.missed;
import static dev.calls.contract.CallFixtures.presenceEvent;
import static dev.calls.contract.CallFixtures.ringing;
import static dev.calls.contract.CallFixtures.ringingEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The multi-threaded part of the {@link CallStore} contract: of threads racing at one version exactly one
 * wins, concurrent appends and updates are each stored exactly once, and a reader tailing the log while
 * others write misses nothing. Extend {@link AbstractCallStoreContractTest}, which includes this.
 */
public abstract class AbstractCallStoreConcurrencyContractTest {
    protected static final int THREADS = 8;

    protected CallStore store;
    protected String tenant;

    /** A store without calls or events. */
    protected abstract CallStore newStore();

    /** Runs after each test: a durable store deletes what the test wrote. */
    protected void cleanUp() {
    }

    /**
     * Whether the store promises sequences without gaps (1, 2, 3 …). Stores whose sequences come from a
     * database sequence or identity column may skip numbers after a rolled-back write and return false.
     */
    protected boolean sequencesAreGapFree() {
        return false;
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        tenant = CallFixtures.tenant();
    }

    @AfterEach
    void closeStore() {
        cleanUp();
    }

    protected Call create(Call call) {
        store.create(call, List.of(ringingEvent(call)));
        return call;
    }

    /** Writes the next version with one event of the given type, which must succeed. */
    protected Call save(Call next, EventType type) {
        CallEvent e = CallFixtures.event(type, next, null, next.endedAt() != null ? next.endedAt() : T0);
        assertTrue(store.update(next, List.of(e)).isPresent(), "update of version " + next.version());
        return next;
    }

    protected List<CallEvent> eventsOf(UUID callId) {
        return store.eventsAfter(0, 100_000).stream().filter(e -> callId.equals(e.callId())).toList();
    }

    @Test
    void updateWhenThreadsRaceToClaimTheSameDueCallThenExactlyOneWins() {
        for (int round = 0; round < 20; round++) {
            Call call = create(ringing(tenant, T0, "alice", "bob"));
            List<Boolean> won = Race.run(THREADS, node -> {
                Call claimed = missed(call, T0.plus(CallFixtures.RING).plusMillis(node));
                CallEvent e = CallEvent.forCall(EventType.CALL_MISSED, claimed, null, claimed.endedAt(),
                        Map.of("node", Integer.toString(node)));
                return store.update(claimed, List.of(e)).isPresent();
            });

            assertEquals(1, won.stream().filter(w -> w).count(), "winners in round " + round);
            int winner = won.indexOf(true);
            Call stored = store.find(call.id()).orElseThrow();
            assertEquals(T0.plus(CallFixtures.RING).plusMillis(winner), stored.endedAt());
            List<CallEvent> events = eventsOf(call.id());
            assertEquals(2, events.size(), "the ringing event and the winner's only");
            assertEquals(Integer.toString(winner), events.get(1).data().get("node"));
        }
    }

    @Test
    void appendWhenThreadsAppendConcurrentlyThenEveryEventStoredOnceWithUniqueIncreasingSequences() {
        int perThread = 60;
        long before = store.lastSequence();

        Race.run(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                List<CallEvent> batch = i % 3 == 0
                        ? List.of(presenceEvent(tenant, "t" + t + "-" + i, T0), presenceEvent(tenant, "t" + t + "-" + i + "b", T0))
                        : List.of(presenceEvent(tenant, "t" + t + "-" + i, T0));
                List<CallEvent> stored = store.append(batch);
                assertEquals(batch.size(), stored.size());
            }
            return null;
        });

        List<CallEvent> log = store.eventsAfter(before, 100_000);
        int expected = THREADS * (perThread + perThread / 3);
        assertEquals(expected, log.size());
        assertEquals(expected, log.stream().map(CallEvent::actor).distinct().count(), "each event once");
        assertStrictlyIncreasing(log);
        if (sequencesAreGapFree()) {
            assertEquals(before + expected, store.lastSequence());
            assertEquals(before + expected, log.get(log.size() - 1).sequence());
        }
        assertEquals(log.get(log.size() - 1).sequence(), store.lastSequence());
    }

    @Test
    void updateWhenThreadsRetryOnConflictThenEveryUpdateAppliedExactlyOnce() {
        int calls = 4;
        int perThread = 25;
        List<Call> created = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            created.add(create(ringing(tenant, T0.plusSeconds(i), "caller" + i, "bob")));
        }

        Race.run(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                UUID id = created.get((t + i) % calls).id();
                String op = t + "-" + i;
                while (true) {
                    Call current = store.find(id).orElseThrow();
                    Call next = current.withParticipant("bob", p -> p.withMedia(!p.audioMuted(), p.videoMuted(), op))
                            .withVersion(current.version() + 1);
                    CallEvent e = CallEvent.forCall(EventType.PARTICIPANT_MEDIA, next, "bob", T0, Map.of("op", op));
                    if (store.update(next, List.of(e)).isPresent()) {
                        break;
                    }
                }
            }
            return null;
        });

        Set<String> ops = new HashSet<>();
        long versions = 0;
        for (Call call : created) {
            Call stored = store.find(call.id()).orElseThrow();
            versions += stored.version();
            List<CallEvent> updates = eventsOf(call.id()).stream()
                    .filter(e -> e.type() == EventType.PARTICIPANT_MEDIA).toList();
            assertEquals(stored.version(), updates.size(), "one event per applied update");
            for (int v = 0; v < updates.size(); v++) {
                assertEquals(v + 1, updates.get(v).call().version(), "snapshots in version order");
                assertTrue(ops.add(updates.get(v).data().get("op")), "update applied once");
            }
            assertEquals(updates.get(updates.size() - 1).call(), stored);
        }
        assertEquals(THREADS * perThread, versions);
        assertEquals(THREADS * perThread, ops.size());
    }

    @Test
    void eventsAfterWhileOthersWriteThenATailingReaderMissesNothing() {
        int perThread = 40;
        int writers = THREADS - 1;
        long before = store.lastSequence();
        CountDownLatch writing = new CountDownLatch(writers);

        List<List<CallEvent>> results = Race.run(THREADS, t -> {
            if (t == writers) {
                return tail(before, writing);
            }
            for (int i = 0; i < perThread; i++) {
                if (i % 2 == 0) {
                    store.append(List.of(presenceEvent(tenant, "w" + t + "-" + i, T0)));
                } else {
                    Call call = ringing(tenant, T0, "w" + t + "-" + i, "x");
                    store.create(call, List.of(ringingEvent(call)));
                }
            }
            writing.countDown();
            return List.of();
        });

        List<CallEvent> log = store.eventsAfter(tenant, before, 100_000);
        assertEquals(writers * perThread, log.size());
        assertEquals(log, results.get(writers), "the reader saw every event once, in order");
    }

    /** Follows the log like a relay does, until a read that began after every writer finished finds nothing. */
    private List<CallEvent> tail(long from, CountDownLatch writing) {
        List<CallEvent> seen = new ArrayList<>();
        long cursor = from;
        while (true) {
            boolean writersDone = writing.getCount() == 0;
            List<CallEvent> batch = store.eventsAfter(tenant, cursor, 50);
            if (batch.isEmpty() && writersDone) {
                return seen;
            }
            seen.addAll(batch);
            if (!batch.isEmpty()) {
                cursor = batch.get(batch.size() - 1).sequence();
            }
            Thread.onSpinWait();
        }
    }

    private static void assertStrictlyIncreasing(List<CallEvent> log) {
        for (int i = 1; i < log.size(); i++) {
            assertTrue(log.get(i - 1).sequence() < log.get(i).sequence(),
                    "sequence " + log.get(i).sequence() + " after " + log.get(i - 1).sequence());
        }
    }
}
