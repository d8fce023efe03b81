package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.jpa.support.JpaTestBase;
import dev.calls.jpa.support.Samples;
import dev.calls.spi.HistoryQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The JPA call store on one database: what the engine relies on, row for row. */
public abstract class AbstractJpaCallStoreTest extends JpaTestBase {

    private JpaCallStore store() {
        return jpa.callStore();
    }

    private Call created(Call call) {
        store().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, call.initiator(), call.createdAt())));
        return call;
    }

    @Test
    void createThenFindReturnsTheSameCallAndNumberedEvents() {
        Call call = Samples.ringing("acme", "alice", T0, "bob", "carol");
        List<CallEvent> stored = store().create(call, List.of(
                Samples.event(EventType.CALL_RINGING, call, "alice", T0),
                Samples.event(EventType.CALL_ACKNOWLEDGED, call, "bob", T0.plusMillis(5))));

        assertThat(store().find(call.id())).contains(call);
        assertThat(store().findByRoom(call.room())).contains(call);
        assertThat(stored).extracting(CallEvent::sequence).containsExactly(1L, 2L);
        assertThat(store().eventsAfter(0, 10)).isEqualTo(stored);
        assertThat(stored.get(0).call()).isEqualTo(call);
        assertThat(store().lastSequence()).isEqualTo(2);
    }

    @Test
    void findWhenUnknownThenEmpty() {
        assertThat(store().find(java.util.UUID.randomUUID())).isEmpty();
        assertThat(store().findByRoom("calls-nothing")).isEmpty();
    }

    @Test
    void createWhenIdExistsThenRefusesAndWritesNothing() {
        Call call = created(Samples.ringing("acme", "alice", T0, "bob"));

        assertThatThrownBy(() -> created(call)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().lastSequence()).isEqualTo(1);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_participant")).isEqualTo(2);
    }

    @Test
    void updateWithNextVersionThenStoresCallAndItsEvents() {
        Call call = created(Samples.ringing("acme", "alice", T0, "bob"));
        Call active = Samples.accepted(call, "bob", T0.plusSeconds(3));

        Optional<List<CallEvent>> events = store().update(active, List.of(
                Samples.event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(3)),
                Samples.event(EventType.PARTICIPANT_JOINED, active, "bob", T0.plusSeconds(3))));

        assertThat(events).get().asList().extracting("sequence").containsExactly(2L, 3L);
        assertThat(store().find(call.id())).contains(active);
        assertThat(active.version()).isEqualTo(1);
    }

    @Test
    void updateWithStaleVersionThenEmptyAndWritesNothing() {
        Call call = created(Samples.ringing("acme", "alice", T0, "bob"));
        Call active = Samples.accepted(call, "bob", T0.plusSeconds(3));
        store().update(active, List.of(Samples.event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(3))));

        Call stale = Samples.missed(call, T0.plusSeconds(30));
        Optional<List<CallEvent>> result = store().update(stale,
                List.of(Samples.event(EventType.CALL_MISSED, stale, null, T0.plusSeconds(30))));

        assertThat(result).isEmpty();
        assertThat(store().find(call.id())).contains(active);
        assertThat(store().lastSequence()).isEqualTo(2);
    }

    @Test
    void updateWhenUnknownThenEmpty() {
        Call never = Samples.ringing("acme", "alice", T0, "bob").withVersion(1);
        assertThat(store().update(never, List.of())).isEmpty();
    }

    @Test
    void updateWhenEightNodesRaceForOneVersionThenExactlyOneWins() throws Exception {
        Call call = created(Samples.ringing("acme", "alice", T0, "bob"));
        Call missed = Samples.missed(call, T0.plusSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> store().update(missed,
                        List.of(Samples.event(EventType.CALL_MISSED, missed, null, T0.plusSeconds(30)))).isPresent());
            }
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(racers)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store().eventsAfter(0, 100)).extracting(CallEvent::type)
                .containsExactly(EventType.CALL_RINGING, EventType.CALL_MISSED);
        assertThat(store().find(call.id())).contains(missed);
    }

    @Test
    void findLiveReturnsRingingAndActiveCallsOfTheUserOldestFirst() {
        Call first = created(Samples.ringing("acme", "alice", T0, "bob"));
        Call second = created(Samples.ringing("acme", "carol", T0.plusSeconds(1), "alice"));
        Call over = created(Samples.ringing("acme", "alice", T0.plusSeconds(2), "dave"));
        store().update(Samples.missed(over, T0.plusSeconds(40)), List.of());
        created(Samples.ringing("globex", "alice", T0.plusSeconds(3), "gina"));
        Call active = Samples.accepted(second, "alice", T0.plusSeconds(4));
        store().update(active, List.of());

        assertThat(store().findLive("acme", "alice")).containsExactly(first, active);
        assertThat(store().findLive("acme", "bob")).containsExactly(first);
        assertThat(store().findLive("acme", "dave")).isEmpty();
    }

    @Test
    void findDueReturnsLiveCallsPastTheirDeadlineEarliestFirst() {
        Call late = created(Samples.ringing("acme", "alice", T0.plusSeconds(10), "bob"));
        Call early = created(Samples.ringing("acme", "carol", T0, "dave"));
        Call future = created(Samples.ringing("acme", "erin", T0.plusSeconds(60), "frank"));
        Call done = created(Samples.ringing("acme", "gus", T0, "hal"));
        store().update(Samples.missed(done, T0.plusSeconds(30)), List.of());

        assertThat(store().findDue(T0.plusSeconds(45), 10)).containsExactly(early, late);
        assertThat(store().findDue(T0.plusSeconds(45), 1)).containsExactly(early);
        assertThat(store().findDue(T0.plusSeconds(30), 10)).containsExactly(early);
        assertThat(future.deadline()).isAfter(T0.plusSeconds(45));
    }

    @Test
    void historyPagesNewestFirstThroughEveryCallOfTheUser() {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Two calls in the same millisecond each time: the id breaks the tie.
            calls.add(created(Samples.ringing("acme", "alice", T0.plusSeconds(i / 2), "bob")));
        }
        created(Samples.ringing("acme", "carol", T0, "dave"));

        List<Call> seen = new ArrayList<>();
        HistoryQuery query = HistoryQuery.first(3);
        while (true) {
            List<Call> page = store().history("acme", "bob", query);
            seen.addAll(page);
            if (page.size() < 3) {
                break;
            }
            Call last = page.get(page.size() - 1);
            query = new HistoryQuery(false, null, last.createdAt(), last.id(), 3);
        }

        assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(calls).doesNotHaveDuplicates();
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).createdAt()).isBeforeOrEqualTo(seen.get(i - 1).createdAt());
        }
    }

    @Test
    void historyWithMissedOnlyAndSinceThenOnlyThoseCalls() {
        Call missedByBob = created(Samples.ringing("acme", "alice", T0, "bob"));
        Call missed = Samples.missed(missedByBob, T0.plusSeconds(30));
        store().update(missed, List.of());
        Call answered = created(Samples.ringing("acme", "alice", T0.plusSeconds(60), "bob"));
        store().update(Samples.accepted(answered, "bob", T0.plusSeconds(62)), List.of());
        Call bobCalled = created(Samples.ringing("acme", "bob", T0.plusSeconds(90), "alice"));
        store().update(Samples.missed(bobCalled, T0.plusSeconds(120)), List.of());

        assertThat(store().history("acme", "bob", new HistoryQuery(true, null, null, null, 10)))
                .containsExactly(missed);
        assertThat(store().history("acme", "bob", new HistoryQuery(false, T0.plusSeconds(60), null, null, 10)))
                .extracting(Call::id).containsExactly(bobCalled.id(), answered.id());
    }

    @Test
    void eventsAfterOfATenantSkipsOtherTenants() {
        Call acme = created(Samples.ringing("acme", "alice", T0, "bob"));
        created(Samples.ringing("globex", "gina", T0, "hank"));
        List<CallEvent> presence = store().append(List.of(Samples.presence("acme", "carol", T0)));

        assertThat(store().eventsAfter("acme", 0, 10)).extracting(CallEvent::sequence).containsExactly(1L, 3L);
        assertThat(store().eventsAfter("acme", 1, 10)).isEqualTo(presence);
        assertThat(store().eventsAfter(1, 1)).extracting(CallEvent::tenant).containsExactly("globex");
        assertThat(acme.tenant()).isEqualTo("acme");
    }

    @Test
    void appendWhenEmptyThenNothing() {
        assertThat(store().append(List.of())).isEmpty();
        assertThat(store().lastSequence()).isZero();
    }

    /**
     * The relay's guarantee: a reader tailing "after the last sequence I saw" while writers commit
     * concurrently sees every event exactly once, because no event commits with a lower sequence than one
     * already visible.
     */
    @Test
    void tailWhileSixWritersCommitThenEveryEventIsSeenOnceInOrder() throws Exception {
        int writers = 6;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writing.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        if (i % 2 == 0) {
                            Call call = Samples.ringing("acme", "w" + writer, T0, "x" + i);
                            store().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "w" + writer, T0),
                                    Samples.event(EventType.CALL_ACKNOWLEDGED, call, "x" + i, T0)));
                        } else {
                            store().append(List.of(Samples.presence("acme", "w" + writer, T0)));
                        }
                    }
                }));
            }
            int expected = writers * perWriter / 2 * 3;
            Future<List<Long>> reading = pool.submit(() -> {
                List<Long> seen = new ArrayList<>();
                long last = 0;
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (seen.size() < expected && System.nanoTime() < until) {
                    for (CallEvent e : store().eventsAfter(last, 7)) {
                        seen.add(e.sequence());
                        last = e.sequence();
                    }
                }
                return seen;
            });
            for (Future<?> f : writing) {
                f.get(60, TimeUnit.SECONDS);
            }
            List<Long> seen = reading.get(60, TimeUnit.SECONDS);
            List<Long> all = store().eventsAfter(0, 10_000).stream().map(CallEvent::sequence).toList();
            assertThat(all).hasSize(expected);
            assertThat(seen).isEqualTo(all);
            assertThat(all.get(all.size() - 1)).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
