package dev.calls.testing;

import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.presence.PresenceUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * An engine on a test clock and a manual scheduler, with users in two tenants: {@code acme} (alice, bob,
 * carol, dave, erin) and {@code globex} (gina). Records every event the transport delivers to anyone.
 */
public final class EngineFixture implements AutoCloseable {
    public static final String ACME = "acme";
    public static final String GLOBEX = "globex";

    public final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final TestUsers users = new TestUsers()
            .add(ACME, "alice", "Alice Adams")
            .add(ACME, "bob", "Bob Brown")
            .add(ACME, "carol", "Carol Chen")
            .add(ACME, "dave", "Dave Diaz")
            .add(ACME, "erin", "Erin Evans")
            .add(GLOBEX, "gina", "Gina Green");
    public final List<CallEvent> listened = new CopyOnWriteArrayList<>();
    /** The same events as {@link #listened}, for waiting on the engine thread that delivers them. */
    public final Recorder<CallEvent> delivered = new Recorder<>();
    /** The stores the engine is built on (unless the test gives its own), shared by {@link #otherNode}. */
    public final InMemoryCallStore store = new InMemoryCallStore();
    public final InMemoryPresenceStore presenceStore = new InMemoryPresenceStore();
    public final InMemoryMeetingStore meetingStore = new InMemoryMeetingStore();
    public final Calls calls;

    public EngineFixture() {
        this(b -> b);
    }

    public EngineFixture(UnaryOperator<CallsBuilder> customize) {
        CallsBuilder builder = Calls.builder()
                .userDirectory(users)
                .clock(clock)
                .scheduler(scheduler)
                .callStore(store)
                .presenceStore(presenceStore)
                .meetingStore(meetingStore)
                // idle ending off: tests move the clock by hours without heartbeats; its own tests turn it on
                .idleTimeout(null)
                .listener(new dev.calls.spi.CallListener() {
                    @Override
                    public void onEvent(CallEvent event) {
                        listened.add(event);
                        delivered.add(event);
                    }
                });
        this.calls = customize.apply(builder).build();
    }

    public static UserRef acme(String userId) {
        return UserRef.of(ACME, userId);
    }

    /** Heartbeats for each user, so they are online and callable. */
    public EngineFixture online(String... userIds) {
        for (String id : userIds) {
            calls.presence().heartbeat(acme(id));
        }
        return this;
    }

    public void advance(Duration by) {
        scheduler.advance(by);
    }

    /**
     * Waits until listeners and the push notifier have handled every event committed so far on this engine:
     * commits one more (a presence change in a tenant no test uses) and waits for the listener to see it, as
     * the engine hands events on in commit order on one thread.
     */
    public void drain() {
        drain(calls, delivered);
    }

    /** {@link #drain()} for any engine whose listener records into {@code delivered}. */
    public static void drain(Calls engine, Recorder<CallEvent> delivered) {
        UserRef marker = UserRef.of("zz-drain", "marker");
        String token = "drain " + System.nanoTime();
        engine.presence().update(marker, new PresenceUpdate(null, token, null, null));
        delivered.awaitAny(e -> e.presence() != null && token.equals(e.presence().message()), token);
    }

    /**
     * Another engine on the same stores and clock with its own scheduler and transport: a second node, or
     * this node restarted.
     */
    public Calls otherNode(ManualScheduler nodeScheduler, UnaryOperator<CallsBuilder> customize) {
        return customize.apply(Calls.builder()
                .userDirectory(users)
                .clock(clock)
                .scheduler(nodeScheduler)
                .callStore(store)
                .presenceStore(presenceStore)
                .meetingStore(meetingStore)).build();
    }

    @Override
    public void close() {
        calls.close();
    }
}
