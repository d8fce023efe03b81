package dev.calls.jpa.support;

import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import dev.calls.testing.Recorder;
import dev.calls.testing.TestUsers;
import java.time.Duration;

/**
 * One node of a cluster in a test: its own connection pool, JPA stores, relay and engine on a shared
 * database and a shared clock, with a scheduler of its own that runs only when the test moves it.
 */
public final class Node implements AutoCloseable {
    public final JpaCalls jpa;
    public final RelayEventTransport relay;
    public final ManualScheduler scheduler;
    public final Calls calls;

    public Node(TestDatabase db, MutableClock clock, TestUsers users, Duration pollInterval) {
        this.jpa = JpaCalls.builder().dataSource(db.newPool(4)).build();
        this.relay = RelayEventTransport.builder(jpa.callStore())
                .notifications(jpa.dataSource())
                .pollInterval(pollInterval)
                .build();
        this.scheduler = new ManualScheduler(clock);
        this.calls = Calls.builder()
                .userDirectory(users)
                .clock(clock)
                .scheduler(scheduler)
                .callStore(jpa.callStore())
                .presenceStore(jpa.presenceStore())
                .meetingStore(jpa.meetingStore())
                .eventTransport(relay)
                .build();
    }

    /** A device stream of {@code user} on this node: what it receives. */
    public Recorder<CallEvent> subscribe(UserRef user) {
        Recorder<CallEvent> received = new Recorder<>();
        calls.events().subscribe(user, received::add);
        return received;
    }

    @Override
    public void close() {
        calls.close();
        jpa.close();
    }
}
