package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceService;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ring timeouts, maximum duration, idle calls and the sweeper, all by moving the test clock. */
class TimeoutsTest {

    private static Call ring(EngineFixture f) {
        return f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
    }

    private static CallState stateOf(EngineFixture f, Call call) {
        return f.calls.get(call.id(), acme("alice")).state();
    }

    private static List<CallEvent> eventsOf(EngineFixture f, Call call) {
        return f.store.eventsAfter(0, 10_000).stream().filter(e -> call.id().equals(e.callId())).toList();
    }

    @Test
    void ringTimeoutWhenNotConfiguredThenThirtySeconds() {
        try (EngineFixture f = new EngineFixture().online("alice", "bob")) {
            assertThat(f.calls.config().ringTimeout()).isEqualTo(Duration.ofSeconds(30));
            Call call = ring(f);

            f.advance(Duration.ofMillis(29_999));
            assertThat(stateOf(f, call)).isEqualTo(CallState.RINGING);
            f.advance(Duration.ofMillis(1));
            assertThat(stateOf(f, call)).isEqualTo(CallState.MISSED);
            assertThat(eventsOf(f, call)).extracting(CallEvent::type)
                    .containsExactly(EventType.CALL_RINGING, EventType.CALL_MISSED);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 45, 180})
    void ringTimeoutWhenConfiguredThenMissedExactlyThen(int seconds) {
        try (EngineFixture f = new EngineFixture(b -> b.ringTimeout(Duration.ofSeconds(seconds))).online("alice", "bob")) {
            Call call = ring(f);

            f.advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(stateOf(f, call)).isEqualTo(CallState.RINGING);
            f.advance(Duration.ofMillis(1));

            Call missed = f.calls.get(call.id(), acme("bob"));
            assertThat(missed.state()).isEqualTo(CallState.MISSED);
            assertThat(missed.endedAt()).isEqualTo(call.createdAt().plusSeconds(seconds));
            assertThat(f.calls.ringState(call.id(), acme("bob")).ring()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 4_999, 180_001, 3_600_000})
    void buildWhenRingTimeoutOutsideFiveToOneHundredEightySecondsThenRefusedNamingIt(long millis) {
        assertThatThrownBy(() -> new EngineFixture(b -> b.ringTimeout(Duration.ofMillis(millis))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ringTimeout")
                .hasMessageContaining("between 5s and 3m");
    }

    @Test
    void maxCallDurationWhenReachedThenCompletedWithMaxDuration() {
        try (EngineFixture f = new EngineFixture(b -> b.maxCallDuration(Duration.ofMinutes(2))).online("alice", "bob")) {
            Call call = ring(f);
            f.advance(Duration.ofSeconds(3));
            f.calls.accept(call.id(), acme("bob"));

            f.advance(Duration.ofMinutes(2).minusMillis(1));
            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
            f.advance(Duration.ofMillis(1));

            Call ended = f.calls.get(call.id(), acme("alice"));
            assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
            assertThat(ended.endReason()).isEqualTo(EndReason.MAX_DURATION);
            assertThat(ended.durationSeconds()).isEqualTo(120);
            assertThat(ended.participants()).allMatch(p -> p.state() == ParticipantState.LEFT);
            CallEvent last = eventsOf(f, call).get(2);
            assertThat(last.type()).isEqualTo(EventType.CALL_ENDED);
            assertThat(last.actor()).isNull();
            assertThat(last.data()).containsEntry("reason", "max_duration");
        }
    }

    @Test
    void buildWhenMaxCallDurationUnderAMinuteThenRefusedNamingIt() {
        assertThatThrownBy(() -> new EngineFixture(b -> b.maxCallDuration(Duration.ofSeconds(59))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCallDuration");
    }

    @Test
    void idleTimeoutWhenTheDefaultThreeMinutesThenAnEmptyRoomEndsTheCallThen() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(CallsConfig.DEFAULT_IDLE_TIMEOUT)).online("alice", "bob")) {
            assertThat(f.calls.config().idleTimeout()).isEqualTo(Duration.ofMinutes(3));
            Call call = ring(f);
            f.calls.accept(call.id(), acme("bob"));
            f.calls.mediaServer().roomPresence(call.id(), "bob", true, null);
            f.calls.mediaServer().roomPresence(call.id(), "bob", false, null);

            f.advance(Duration.ofSeconds(179));
            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
            f.advance(Duration.ofSeconds(1));
            assertThat(f.calls.get(call.id(), acme("bob")).endReason()).isEqualTo(EndReason.IDLE);
        }
    }

    @Test
    void idleTimeoutWhenNobodyWasEverReportedInTheRoomButEveryoneIsOnlineThenTheCallGoesOn() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(Duration.ofMinutes(1)))) {
            PresenceService.Connection alice = f.calls.presence().connect(acme("alice"));
            PresenceService.Connection bob = f.calls.presence().connect(acme("bob"));
            Call call = ring(f);
            Call active = f.calls.accept(call.id(), acme("bob"));
            assertThat(active.idleSince()).isNull();

            f.advance(Duration.ofHours(1));

            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
            alice.close();
            bob.close();
        }
    }

    @Test
    void idleWhenEveryJoinedParticipantHasGoneOfflineWithNobodyInTheRoomThenEndedAsIdle() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(CallsConfig.DEFAULT_IDLE_TIMEOUT))) {
            PresenceService.Connection alice = f.calls.presence().connect(acme("alice"));
            PresenceService.Connection bob = f.calls.presence().connect(acme("bob"));
            Call call = ring(f);
            f.calls.accept(call.id(), acme("bob"));

            alice.close();
            f.advance(Duration.ofMinutes(6));
            assertThat(stateOf(f, call)).as("bob is still connected").isEqualTo(CallState.ACTIVE);

            bob.close();
            f.advance(Duration.ofMinutes(4));
            assertThat(stateOf(f, call)).as("bob's presence has not timed out yet").isEqualTo(CallState.ACTIVE);
            f.advance(Duration.ofMinutes(1).plusSeconds(5));

            Call ended = f.calls.get(call.id(), acme("alice"));
            assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
            assertThat(ended.endReason()).isEqualTo(EndReason.IDLE);
        }
    }

    @Test
    void idleWhenEveryoneIsOfflineButSomeoneIsInTheRoomThenTheCallGoesOn() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(CallsConfig.DEFAULT_IDLE_TIMEOUT))) {
            PresenceService.Connection alice = f.calls.presence().connect(acme("alice"));
            PresenceService.Connection bob = f.calls.presence().connect(acme("bob"));
            Call call = ring(f);
            f.calls.accept(call.id(), acme("bob"));
            f.calls.mediaServer().roomPresence(call.id(), "alice", true, null);

            alice.close();
            bob.close();
            f.advance(Duration.ofMinutes(30));

            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
        }
    }

    @Test
    void idleTimeoutWhenSomeoneIsInTheRoomThenOnlyCountedFromWhenTheLastOneLeft() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(Duration.ofMinutes(1))).online("alice", "bob")) {
            Call call = ring(f);
            f.calls.accept(call.id(), acme("bob"));
            f.calls.mediaServer().roomPresence(call.id(), "bob", true, null);

            f.advance(Duration.ofMinutes(10));
            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);

            f.calls.mediaServer().roomPresence(call.id(), "bob", false, null);
            f.advance(Duration.ofSeconds(59));
            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
            f.advance(Duration.ofSeconds(1));
            assertThat(f.calls.get(call.id(), acme("bob")).endReason()).isEqualTo(EndReason.IDLE);
        }
    }

    @Test
    void idleTimeoutWhenTurnedOffThenAnEmptyRoomDoesNotEndTheCall() {
        try (EngineFixture f = new EngineFixture(b -> b.idleTimeout(Duration.ZERO)).online("alice", "bob")) {
            Call call = ring(f);
            f.calls.accept(call.id(), acme("bob"));
            f.calls.mediaServer().roomPresence(call.id(), "bob", true, null);
            f.calls.mediaServer().roomPresence(call.id(), "bob", false, null);

            f.advance(Duration.ofHours(7));

            assertThat(stateOf(f, call)).isEqualTo(CallState.ACTIVE);
        }
    }

    @Test
    void sweepWhenTheNodeThatSetTheTimerIsGoneThenAnotherNodeEndsTheCall() {
        EngineFixture f = new EngineFixture().online("alice", "bob");
        Call call = ring(f);
        f.close();
        f.clock.advance(Duration.ofSeconds(31));
        ManualScheduler restarted = new ManualScheduler(f.clock);

        try (Calls node = f.otherNode(restarted, b -> b)) {
            assertThat(node.get(call.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);

            assertThat(node.sweep()).isEqualTo(1);
            assertThat(node.sweep()).isZero();

            Call missed = node.get(call.id(), acme("bob"));
            assertThat(missed.state()).isEqualTo(CallState.MISSED);
            assertThat(missed.endReason()).isEqualTo(EndReason.NO_ANSWER);
            assertThat(eventsOf(f, call)).extracting(CallEvent::type)
                    .containsExactly(EventType.CALL_RINGING, EventType.CALL_MISSED);
        }
    }

    @Test
    void sweepWhenRunByTheTimerOfAnotherNodeThenCatchesTheCallOnItsOwn() {
        EngineFixture f = new EngineFixture().online("alice", "bob");
        Call call = ring(f);
        f.close();
        ManualScheduler restarted = new ManualScheduler(f.clock);

        try (Calls node = f.otherNode(restarted, b -> b.sweepInterval(Duration.ofSeconds(5)))) {
            restarted.advance(Duration.ofSeconds(29));
            assertThat(node.get(call.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);
            restarted.advance(Duration.ofSeconds(1));
            assertThat(node.get(call.id(), acme("alice")).state()).isEqualTo(CallState.MISSED);
        }
    }

    @Test
    void timeoutWhenBothNodesFireForTheSameCallThenItIsMissedOnce() {
        try (EngineFixture f = new EngineFixture().online("alice", "bob")) {
            Call call = ring(f);
            ManualScheduler other = new ManualScheduler(f.clock);
            try (Calls node = f.otherNode(other, b -> b)) {
                f.clock.advance(Duration.ofSeconds(30));
                assertThat(node.sweep()).isEqualTo(1);
                f.scheduler.runDue();
                assertThat(f.calls.sweep()).isZero();

                assertThat(eventsOf(f, call)).filteredOn(e -> e.type() == EventType.CALL_MISSED).hasSize(1);
                assertThat(f.scheduler.pendingOneOff()).isZero();
            }
        }
    }
}
