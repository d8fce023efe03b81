package dev.calls.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.UserRef;
import dev.calls.contract.CallFixtures;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.testing.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log follower under both cross-node transports: from the log's end, in order, woken or polled. */
class LogFollowerTest {
    private final InMemoryCallStore log = new InMemoryCallStore();
    private final InMemoryEventTransport local = new InMemoryEventTransport();

    private CallEvent ring(String caller, String callee) {
        return log.append(List.of(CallEvent.forCall(EventType.CALL_RINGING,
                CallFixtures.ringing("acme", CallFixtures.T0, caller, callee), caller, CallFixtures.T0,
                Map.of("userIds", callee)))).get(0);
    }

    @Test
    void wokenThenEventsAfterTheLogsEndAtStartReachTheLocalTransportInOrder() {
        Recorder<CallEvent> bob = new Recorder<>();
        local.subscribe(UserRef.of("acme", "bob"), bob::add);
        ring("alice", "bob"); // history: before the follower started
        try (LogFollower follower = new LogFollower(log, local, null, Duration.ofHours(1), 2, "test-follow")) {
            follower.start();
            CallEvent first = ring("carol", "bob");
            CallEvent second = ring("dave", "bob");
            CallEvent third = ring("erin", "bob");

            follower.wake();

            List<CallEvent> got = bob.await(l -> l.size() >= 3, "three rings");
            assertThat(got).extracting(CallEvent::sequence)
                    .containsExactly(first.sequence(), second.sequence(), third.sequence());
            assertThat(follower.position()).isEqualTo(third.sequence());
        }
    }

    @Test
    void notWokenThenThePollIntervalFindsTheEvent() {
        Recorder<CallEvent> bob = new Recorder<>();
        local.subscribe(UserRef.of("acme", "bob"), bob::add);
        try (LogFollower follower = new LogFollower(log, local, null, Duration.ofMillis(50), 500, "test-poll")) {
            follower.start();
            CallEvent ringing = ring("alice", "bob");

            assertThat(bob.await(l -> !l.isEmpty(), "the polled ring")).extracting(CallEvent::sequence)
                    .containsExactly(ringing.sequence());
        }
    }

    @Test
    void badIntervalOrBatchThenRefused() {
        assertThatThrownBy(() -> new LogFollower(log, local, null, Duration.ZERO, 500, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> new LogFollower(log, local, null, Duration.ofSeconds(1), 0, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
    }
}
