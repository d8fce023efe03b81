package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrowserReportTest {
    private final EngineFixture f = new EngineFixture(b -> b.idleTimeout(Duration.ofMinutes(2)))
            .online("alice", "bob");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void reportInRoomWhileActiveThenNotEndedAsIdleUntilEveryoneLeftTheRoom() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.calls.accept(call.id(), acme("bob"));
        Call inRoom = f.calls.reportInRoom(call.id(), acme("alice"), true);
        assertThat(inRoom.participant("alice").orElseThrow().inRoom()).isTrue();
        assertThat(inRoom.idleSince()).isNull();

        f.advance(Duration.ofMinutes(10));
        assertThat(f.calls.get(call.id(), acme("bob")).state()).isEqualTo(CallState.ACTIVE);

        f.calls.reportInRoom(call.id(), acme("alice"), false);
        f.advance(Duration.ofMinutes(2));

        Call ended = f.calls.get(call.id(), acme("bob"));
        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE);
    }

    @Test
    void reportInRoomTwiceThenOneEvent() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.calls.accept(call.id(), acme("bob"));
        f.calls.reportInRoom(call.id(), acme("bob"), true);
        f.calls.reportInRoom(call.id(), acme("bob"), true);

        List<CallEvent> joined = f.calls.events().after(acme("bob"), 0, 100).stream()
                .filter(e -> e.type() == EventType.PARTICIPANT_JOINED).toList();
        assertThat(joined).hasSize(1);
        assertThat(joined.get(0).data()).containsEntry("userId", "bob").containsEntry("source", "media");
    }

    @Test
    void failWhenJitsiCannotLoadOnOneSideOfAOneToOneCallThenItEndsWithReasonFailedAndRepeatIsHarmless() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(call.id(), acme("bob"));

        Call failed = f.calls.fail(call.id(), acme("bob"));
        Call again = f.calls.fail(call.id(), acme("bob"));

        assertThat(failed.state()).isEqualTo(CallState.COMPLETED);
        assertThat(failed.endReason()).isEqualTo(EndReason.FAILED);
        assertThat(failed.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.LEFT);
        assertThat(again).isEqualTo(failed);
    }

    @Test
    void failWhenOneOfThreeInAGroupCallFailsThenTheOthersGoOn() {
        f.online("carol");
        Call call = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        f.calls.accept(call.id(), acme("bob"));
        f.calls.accept(call.id(), acme("carol"));

        Call after = f.calls.fail(call.id(), acme("carol"));

        assertThat(after.state()).isEqualTo(CallState.ACTIVE);
        assertThat(after.participant("carol").orElseThrow().state()).isEqualTo(ParticipantState.LEFT);
        assertThat(after.joinedCount()).isEqualTo(2);
    }

    @Test
    void failWhenReportedBySomeoneWhoDeclinedOrWasNeverInThenRefusedAndTheCallGoesOn() {
        f.online("carol");
        Call call = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        f.calls.decline(call.id(), acme("carol"));
        f.calls.accept(call.id(), acme("bob"));

        assertThatThrownBy(() -> f.calls.fail(call.id(), acme("carol"))).isInstanceOf(InvalidTransitionException.class);
        assertThat(f.calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void failWhenTheCallersMediaFailsWhileRingingThenTheCallFails() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

        assertThatThrownBy(() -> f.calls.fail(call.id(), acme("bob"))).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        Call failed = f.calls.fail(call.id(), acme("alice"));

        assertThat(failed.state()).isEqualTo(CallState.FAILED);
        assertThat(failed.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.MISSED);
    }

    @Test
    void roomReportWhenTheReporterHasNotJoinedThenNothingChanges() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

        Call after = f.calls.reportInRoom(call.id(), acme("bob"), true);

        assertThat(after).isEqualTo(call);
        assertThat(after.participant("bob").orElseThrow().inRoom()).isFalse();
    }
}
