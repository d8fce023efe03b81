package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.history.Direction;
import dev.calls.history.HistoryEntry;
import dev.calls.history.Outcome;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLifecycleTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void startAcceptEndThenCompletedWithDurationAndEvents() {
        List<CallEvent> bobSees = new ArrayList<>();
        calls.events().subscribe(acme("bob"), e -> {
            if (e.call() != null) {
                bobSees.add(e);
            }
        });

        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        assertThat(call.state()).isEqualTo(CallState.RINGING);
        assertThat(call.room()).matches("calls-[a-z2-7]{26}");
        assertThat(bobSees).extracting(CallEvent::type).containsExactly(EventType.CALL_RINGING);

        calls.acknowledge(call.id(), acme("bob"));
        Call active = calls.accept(call.id(), acme("bob"));
        assertThat(active.state()).isEqualTo(CallState.ACTIVE);
        assertThat(active.answeredAt()).isEqualTo(f.clock.instant());

        f.advance(Duration.ofSeconds(332));
        Call ended = calls.end(call.id(), acme("alice"));

        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.HUNG_UP);
        assertThat(ended.durationSeconds()).isEqualTo(332);
        assertThat(ended.participants()).allMatch(p -> p.state() == ParticipantState.LEFT);
        assertThat(bobSees).extracting(CallEvent::type).containsExactly(EventType.CALL_RINGING,
                EventType.CALL_ACKNOWLEDGED, EventType.CALL_ACCEPTED, EventType.CALL_ENDED);
        assertThat(bobSees).extracting(CallEvent::sequence).isSorted().doesNotHaveDuplicates();

        HistoryEntry bobsRow = calls.history(acme("bob"), false, null, null, 10).items().get(0);
        assertThat(bobsRow.direction()).isEqualTo(Direction.INCOMING);
        assertThat(bobsRow.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(bobsRow.duration()).isEqualTo(Duration.ofSeconds(332));
        assertThat(bobsRow.counterparts()).containsExactly("alice");
    }

    @Test
    void ringingPastTheTimeoutThenMissedWithoutAnyoneActing() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

        f.advance(Duration.ofSeconds(29));
        assertThat(calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);
        f.advance(Duration.ofSeconds(1));

        Call missed = calls.get(call.id(), acme("alice"));
        assertThat(missed.state()).isEqualTo(CallState.MISSED);
        assertThat(missed.endReason()).isEqualTo(EndReason.NO_ANSWER);
        assertThat(calls.history(acme("bob"), true, null, null, 10).items())
                .extracting(e -> e.call().id()).containsExactly(call.id());
    }

    @Test
    void acceptTwiceThenSameCallAndNoSecondEvent() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        Call first = calls.accept(call.id(), acme("bob"));
        int events = f.calls.events().after(acme("bob"), 0, 100).size();

        Call second = calls.accept(call.id(), acme("bob"));

        assertThat(second).isEqualTo(first);
        assertThat(f.calls.events().after(acme("bob"), 0, 100)).hasSize(events);
    }

    @Test
    void cancelAfterAcceptThenInvalidTransitionNamingCallStateAndAction() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        calls.accept(call.id(), acme("bob"));

        assertThatThrownBy(() -> calls.cancel(call.id(), acme("alice")))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.callId()).isEqualTo(call.id());
                    assertThat(e.state()).isEqualTo(CallState.ACTIVE);
                    assertThat(e.action()).isEqualTo(CallAction.CANCEL);
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
                });
    }
}
