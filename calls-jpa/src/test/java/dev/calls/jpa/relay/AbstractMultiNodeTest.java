package dev.calls.jpa.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.jpa.support.Node;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.testing.MutableClock;
import dev.calls.testing.Recorder;
import dev.calls.testing.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several engines ("nodes") on one database, each with its own stores, relay and scheduler, on one clock:
 * events reach devices on every node, and timeouts are claimed by exactly one node.
 */
public abstract class AbstractMultiNodeTest {
    private static final UserRef ALICE = UserRef.of("acme", "alice");
    private static final UserRef BOB = UserRef.of("acme", "bob");
    private static final Duration RING = Duration.ofSeconds(30);

    protected TestDatabase db;
    protected final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    private final TestUsers users = new TestUsers().add("acme", "alice", "Alice Adams").add("acme", "bob", "Bob Brown");
    private final List<Node> nodes = new ArrayList<>();

    protected abstract TestDatabase createDatabase();

    /** How often relays poll here; PostgreSQL tests make it long to show notifications do the waking. */
    protected abstract Duration pollInterval();

    @BeforeEach
    void start() {
        db = createDatabase();
        new dev.calls.jpa.schema.SchemaInstaller(db.dataSource()).install();
    }

    @AfterEach
    void stop() {
        nodes.forEach(Node::close);
        db.close();
    }

    protected Node node() {
        Node node = new Node(db, clock, users, pollInterval());
        nodes.add(node);
        return node;
    }

    private static List<CallEvent> ofCall(List<CallEvent> events, UUID callId, EventType type) {
        return events.stream().filter(e -> callId.equals(e.callId()) && e.type() == type).toList();
    }

    private static CallEvent awaitEvent(Recorder<CallEvent> device, UUID callId, EventType type) {
        return device.awaitAny(e -> callId.equals(e.callId()) && e.type() == type, type.wire() + " of " + callId);
    }

    @Test
    void startOnNodeAThenRingsBobsDeviceOnNodeBOnceAndAnswerReachesAlice() {
        Node a = node();
        Node b = node();
        Recorder<CallEvent> alicesDevice = a.subscribe(ALICE);
        Recorder<CallEvent> bobsDevice = b.subscribe(BOB);
        a.calls.presence().heartbeat(ALICE);
        b.calls.presence().heartbeat(BOB);

        Call call = a.calls.start(ALICE, List.of("bob"), MediaType.VIDEO);

        CallEvent ringing = awaitEvent(bobsDevice, call.id(), EventType.CALL_RINGING);
        assertThat(ringing.call()).isEqualTo(call);
        b.calls.accept(call.id(), BOB);
        CallEvent accepted = awaitEvent(alicesDevice, call.id(), EventType.CALL_ACCEPTED);
        assertThat(accepted.call().state()).isEqualTo(CallState.ACTIVE);
        awaitEvent(bobsDevice, call.id(), EventType.CALL_ACCEPTED);
        assertThat(ofCall(bobsDevice.snapshot(), call.id(), EventType.CALL_RINGING)).hasSize(1);
        assertThat(ofCall(alicesDevice.snapshot(), call.id(), EventType.CALL_RINGING)).hasSize(1);
        assertOrdered(bobsDevice.snapshot());
    }

    private static void assertOrdered(List<CallEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isGreaterThan(events.get(i - 1).sequence());
        }
    }

    @Test
    void ringTimeoutWhenThreeNodesSweepAtOnceThenMissedExactlyOnce() throws Exception {
        List<Node> three = List.of(node(), node(), node());
        three.get(1).calls.presence().heartbeat(BOB);
        Call call = three.get(0).calls.start(ALICE, List.of("bob"), MediaType.AUDIO);
        clock.advance(RING.plusSeconds(1));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        int changed = 0;
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (Node n : three) {
                sweeps.add(pool.submit(() -> {
                    go.await();
                    return n.calls.sweep();
                }));
            }
            go.countDown();
            for (Future<Integer> s : sweeps) {
                changed += s.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(changed).isEqualTo(1);
        List<CallEvent> log = three.get(2).jpa.callStore().eventsAfter(0, 1000);
        assertThat(ofCall(log, call.id(), EventType.CALL_MISSED)).hasSize(1);
        Call stored = three.get(2).jpa.callStore().find(call.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(CallState.MISSED);
        assertThat(stored.endReason()).isEqualTo(EndReason.NO_ANSWER);
    }

    @Test
    void nodeStoppedWhileItsCallRingsThenAnotherNodesSweepMissesItOnTime() {
        Node a = node();
        Node b = node();
        Recorder<CallEvent> alicesOtherDevice = b.subscribe(ALICE);
        b.calls.presence().heartbeat(BOB);
        Call call = a.calls.start(ALICE, List.of("bob"), MediaType.VIDEO);
        a.close();
        nodes.remove(a);

        b.scheduler.advance(RING.minusSeconds(1));
        assertThat(b.jpa.callStore().find(call.id()).orElseThrow().state()).isEqualTo(CallState.RINGING);
        b.scheduler.advance(b.calls.config().sweepInterval());

        Call stored = b.jpa.callStore().find(call.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(CallState.MISSED);
        assertThat(stored.endedAt()).isBetween(call.createdAt().plus(RING),
                call.createdAt().plus(RING).plus(b.calls.config().sweepInterval()));
        awaitEvent(alicesOtherDevice, call.id(), EventType.CALL_MISSED);
    }
}
