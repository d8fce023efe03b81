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

class GroupCallTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol", "dave", "erin");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    private Call group() {
        return calls.start(acme("alice"), List.of("bob", "carol", "dave"), MediaType.VIDEO);
    }

    private List<CallEvent> callEvents(Call call) {
        return calls.events().after(acme("alice"), 0, 100).stream().filter(e -> call.id().equals(e.callId())).toList();
    }

    private ParticipantState stateOf(Call call, String userId) {
        return call.participant(userId).orElseThrow().state();
    }

    @Test
    void startWhenSeveralRecipientsThenEveryInviteeRungAndTheCallerIsHost() {
        Call call = group();

        assertThat(call.participants()).extracting(Participant::userId).containsExactly("alice", "bob", "carol", "dave");
        assertThat(call.participant("alice").orElseThrow().role()).isEqualTo(ParticipantRole.HOST);
        assertThat(call.invitees()).allMatch(p -> p.state() == ParticipantState.INVITED
                && p.role() == ParticipantRole.GUEST);
        assertThat(callEvents(call)).extracting(e -> e.data().get("userIds"))
                .containsExactly("bob,carol,dave");
    }

    @Test
    void leaveWhenTwoOrMoreRemainJoinedThenActiveUntilOnlyOneIsLeft() {
        Call call = group();
        calls.accept(call.id(), acme("bob"));
        calls.accept(call.id(), acme("carol"));

        Call afterHost = calls.leave(call.id(), acme("alice"));
        assertThat(afterHost.state()).isEqualTo(CallState.ACTIVE);
        assertThat(afterHost.joinedCount()).isEqualTo(2);

        Call ended = calls.leave(call.id(), acme("carol"));
        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.HUNG_UP);
        assertThat(stateOf(ended, "bob")).isEqualTo(ParticipantState.LEFT);
        assertThat(stateOf(ended, "dave")).isEqualTo(ParticipantState.MISSED);
    }

    @Test
    void declineWhenEveryInviteeDeclinedThenDeclinedWithOneTerminalSnapshot() {
        Call call = group();

        assertThat(calls.decline(call.id(), acme("bob")).state()).isEqualTo(CallState.RINGING);
        assertThat(calls.decline(call.id(), acme("carol")).state()).isEqualTo(CallState.RINGING);
        Call declined = calls.decline(call.id(), acme("dave"));

        assertThat(declined.state()).isEqualTo(CallState.DECLINED);
        assertThat(declined.endReason()).isEqualTo(EndReason.DECLINED);
        List<CallEvent> events = callEvents(call);
        assertThat(events).extracting(CallEvent::type).containsExactly(EventType.CALL_RINGING,
                EventType.CALL_DECLINED, EventType.CALL_DECLINED, EventType.CALL_DECLINED);
        assertThat(events).filteredOn(e -> e.call().state().isTerminal()).hasSize(1);
    }

    @Test
    void ringTimeoutWhenSomeDeclinedAndTheOthersNeverAnsweredThenMissed() {
        Call call = group();
        calls.decline(call.id(), acme("bob"));

        f.advance(Duration.ofSeconds(30));

        Call missed = calls.get(call.id(), acme("alice"));
        assertThat(missed.state()).isEqualTo(CallState.MISSED);
        assertThat(missed.endReason()).isEqualTo(EndReason.NO_ANSWER);
        assertThat(stateOf(missed, "bob")).isEqualTo(ParticipantState.DECLINED);
        assertThat(stateOf(missed, "carol")).isEqualTo(ParticipantState.MISSED);
    }

    @Test
    void ringTimeoutWhileActiveThenOnlyTheUnansweredInviteesMissItAndTheCallGoesOn() {
        Call call = group();
        f.advance(Duration.ofSeconds(10));
        calls.accept(call.id(), acme("bob"));

        f.advance(Duration.ofSeconds(20));

        Call active = calls.get(call.id(), acme("alice"));
        assertThat(active.state()).isEqualTo(CallState.ACTIVE);
        assertThat(stateOf(active, "carol")).isEqualTo(ParticipantState.MISSED);
        assertThat(stateOf(active, "dave")).isEqualTo(ParticipantState.MISSED);
        CallEvent last = callEvents(call).get(2);
        assertThat(last.type()).isEqualTo(EventType.CALL_MISSED);
        assertThat(last.data()).containsEntry("userIds", "carol,dave");
        assertThat(last.actor()).isNull();
    }

    @Test
    void ringAgainWhenAnInviteeDeclinedThenRungAgainWithAFreshTimeout() {
        Call call = group();
        calls.decline(call.id(), acme("carol"));
        f.advance(Duration.ofSeconds(20));

        Call rung = calls.ringAgain(call.id(), acme("alice"), "carol");
        assertThat(stateOf(rung, "carol")).isEqualTo(ParticipantState.INVITED);
        assertThat(rung.participant("carol").orElseThrow().invitedAt()).isEqualTo(f.clock.instant());

        f.advance(Duration.ofSeconds(10));
        Call later = calls.get(call.id(), acme("alice"));
        assertThat(stateOf(later, "bob")).isEqualTo(ParticipantState.MISSED);
        assertThat(stateOf(later, "carol")).isEqualTo(ParticipantState.INVITED);
        assertThat(later.state()).isEqualTo(CallState.RINGING);

        assertThat(calls.accept(call.id(), acme("carol")).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void ringAgainWhenTheInviteeTurnedOnDoNotDisturbThenRefusedAndNotRung() {
        Call call = group();
        calls.decline(call.id(), acme("carol"));
        calls.presence().update(acme("carol"), new dev.calls.presence.PresenceUpdate(null, null, null, true));

        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), "carol"))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_UNAVAILABLE));
        assertThat(stateOf(calls.get(call.id(), acme("alice")), "carol")).isEqualTo(ParticipantState.DECLINED);
    }

    @Test
    void ringAgainWhenTheInviteeWentOfflineOrIsBusyElsewhereThenRefused() {
        Call call = group();
        calls.accept(call.id(), acme("bob"));
        calls.decline(call.id(), acme("carol"));
        calls.decline(call.id(), acme("dave"));
        Call other = calls.start(acme("erin"), List.of("dave"), MediaType.AUDIO);
        calls.accept(other.id(), acme("dave"));
        f.advance(Duration.ofMinutes(6));
        calls.presence().heartbeat(acme("alice"));
        calls.presence().heartbeat(acme("dave"));

        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), "carol"))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_OFFLINE));
        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), "dave"))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_BUSY));
    }

    @Test
    void ringAgainWhenRepeatedWithinTheRingTimeoutThenRateLimitedUntilItPasses() {
        Call call = group();
        calls.accept(call.id(), acme("bob"));
        calls.decline(call.id(), acme("carol"));
        f.advance(Duration.ofSeconds(1));
        calls.ringAgain(call.id(), acme("alice"), "carol");
        calls.decline(call.id(), acme("carol"));
        f.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), "carol"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20)));
        f.advance(Duration.ofSeconds(20));
        calls.presence().heartbeat(acme("carol"));
        assertThat(stateOf(calls.ringAgain(call.id(), acme("alice"), "carol"), "carol"))
                .isEqualTo(ParticipantState.INVITED);
    }

    @Test
    void ringAgainWhenTargetIsNotInvitedThenInvalidRequest() {
        Call call = group();

        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), "erin"))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThatThrownBy(() -> calls.ringAgain(call.id(), acme("alice"), " "))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void startWhenMoreRecipientsThanTheGroupSizeCapThenInvalidRequestNamingTheCap() {
        try (EngineFixture small = new EngineFixture(b -> b.maxGroupSize(2)).online("alice", "bob", "carol", "dave")) {
            assertThat(small.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO).invitees())
                    .hasSize(2);

            assertThatThrownBy(() -> small.calls.start(acme("alice"), List.of("bob", "carol", "dave"),
                    MediaType.AUDIO))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                        assertThat(e.getMessage()).contains("at most 2");
                    });
        }
    }

    @Test
    void startWhenOneRecipientIsBusyThenTheOthersAreRungAndTheBusyOneMissesIt() {
        Call other = calls.start(acme("carol"), List.of("erin"), MediaType.AUDIO);
        calls.accept(other.id(), acme("erin"));

        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO);

        assertThat(call.state()).isEqualTo(CallState.RINGING);
        assertThat(stateOf(call, "bob")).isEqualTo(ParticipantState.INVITED);
        assertThat(stateOf(call, "carol")).isEqualTo(ParticipantState.MISSED);
        assertThat(calls.history(acme("carol"), true, null, null, 10).items())
                .extracting(e -> e.call().id()).containsExactly(call.id());
    }

    @Test
    void startWhenTheSameRecipientIsNamedTwiceThenRungOnce() {
        Call call = calls.start(acme("alice"), List.of("bob", "bob"), MediaType.AUDIO);

        assertThat(call.isOneToOne()).isTrue();
    }
}
