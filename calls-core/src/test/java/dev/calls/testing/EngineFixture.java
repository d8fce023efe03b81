package dev.calls.testing;

import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
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
    public final Calls calls;

    public EngineFixture() {
        this(b -> b);
    }

    public EngineFixture(UnaryOperator<CallsBuilder> customize) {
        CallsBuilder builder = Calls.builder()
                .userDirectory(users)
                .clock(clock)
                .scheduler(scheduler)
                .listener(new dev.calls.spi.CallListener() {
                    @Override
                    public void onEvent(CallEvent event) {
                        listened.add(event);
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

    @Override
    public void close() {
        calls.close();
    }
}
