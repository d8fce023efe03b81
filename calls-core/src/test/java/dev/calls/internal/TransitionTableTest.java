package dev.calls.internal;

import static dev.calls.contract.CallFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.CallsConfig;
import dev.calls.ErrorCode;
import dev.calls.InvalidTransitionException;
import dev.calls.MediaUpdate;
import dev.calls.NotFoundException;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import dev.calls.contract.CallFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the table, acted by its own role, and the refusals around it. */
class TransitionTableTest {
    static final CallsConfig CONFIG = CallsConfig.defaults();

    /** alice rings bob, carol and dave; carol's device is ringing. */
    static Call groupRinging() {
        Call call = CallFixtures.ringing("acme", T0, "alice", "bob", "carol", "dave");
        return call.withParticipant("carol", p -> p.withState(ParticipantState.RINGING));
    }

    /** bob answered; carol and dave are still being rung. */
    static Call groupActive() {
        return CallFixtures.answered(groupRinging(), "bob", T0.plusSeconds(2)).withVersion(0);
    }

    static Stream<Arguments> rulesAndTheirStartStates() {
        List<Arguments> cases = new ArrayList<>();
        for (Rule rule : TransitionTable.RULES) {
            for (CallState from : rule.from()) {
                for (ParticipantState actorState : rule.who() == Who.SYSTEM ? List.of(ParticipantState.JOINED)
                        : List.copyOf(rule.actor())) {
                    if (makeable(rule.who(), from, actorState)) {
                        cases.add(Arguments.of(rule.action() + " by " + rule.who() + " " + actorState + " from " + from,
                                rule, from, actorState));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Whether a call in {@code from} can hold someone of that role in that state (an initiator only joins and leaves). */
    private static boolean makeable(Who who, CallState from, ParticipantState state) {
        boolean initiator = who == Who.INITIATOR || who == Who.HOST;
        if (initiator && state != ParticipantState.JOINED && state != ParticipantState.LEFT) {
            return false;
        }
        if (from.isTerminal()) {
            return !state.isPending() && state != ParticipantState.JOINED;
        }
        return from != CallState.RINGING || state != ParticipantState.LEFT && (initiator || state != ParticipantState.JOINED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirStartStates")
    void everyRuleWhenActedByItsRoleThenOneEventAndTheCallInATargetStateOrNoChange(String name, Rule rule,
            CallState from, ParticipantState actorState) {
        Call call = from.isTerminal() ? terminal(from) : from == CallState.RINGING ? groupRinging() : groupActive();
        String actor = switch (rule.who()) {
            case INITIATOR, HOST -> "alice";
            case INVITEE -> "dave";
            case PARTICIPANT -> actorState.isPending() ? "dave" : "alice";
            case SYSTEM -> null;
        };
        if (actor != null) {
            call = call.withParticipant(actor, p -> p.withState(actorState));
        }
        Input input = switch (rule.action()) {
            case MEDIA -> new Input.Media(new MediaUpdate(true, true, "poor"));
            case RING_AGAIN -> new Input.Target("dave".equals(actor) ? "carol" : "dave");
            case BUSY_ELSEWHERE -> new Input.Target("dave");
            case ADMIN_END -> new Input.Target("an-admin");
            case INVITE_GUEST -> new Input.Guest("guest:g1", "Ann Client");
            case ROOM_PRESENCE -> new Input.Room(actor != null ? actor : "bob", true);
            default -> Input.None.NONE;
        };
        Instant now = rule.action() == CallAction.RING_TIMEOUT ? T0.plusSeconds(31) : T0.plusSeconds(5);

        Change change = TransitionTable.apply(new Act(call, rule.action(), actor, now, input, CONFIG));

        if (rule.changesNothing()) {
            assertThat(change.isNone()).as(name).isTrue();
            assertThat(change.call()).isSameAs(call);
            return;
        }
        assertThat(change.events()).as(name).hasSize(1);
        assertThat(rule.to()).as(name).contains(change.call().state());
        assertThat(change.events().get(0).call()).isEqualTo(change.call());
        assertThat(change.events().get(0).actor()).isEqualTo(actor);
        assertThat(change.call().state().isTerminal()).isEqualTo(change.call().endReason() != null);
    }

    @Test
    void startWhenSomeoneCanBeRungThenARingingCallWithOneEvent() {
        Input.Start start = new Input.Start(profile("alice"), List.of(profile("bob"), profile("carol")),
                java.util.Arrays.asList(null, new RefusedException(ErrorCode.RECIPIENT_OFFLINE, "offline")),
                dev.calls.MediaType.VIDEO, "calls-room", "public");

        Change change = TransitionTable.start(new Act(null, CallAction.START, "alice", T0, start, CONFIG));

        assertThat(change.call().state()).isEqualTo(CallState.RINGING);
        assertThat(change.call().participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.INVITED);
        assertThat(change.call().participant("carol").orElseThrow().state()).isEqualTo(ParticipantState.MISSED);
        assertThat(change.events()).singleElement().satisfies(e -> assertThat(e.data()).containsEntry("userIds", "bob"));
        assertThat(change.refusal()).isNull();
    }

    @Test
    void startWhenTheOneCalleeIsBusyThenAMissedCallKeptWithTheRefusal() {
        RefusedException busy = new RefusedException(ErrorCode.RECIPIENT_BUSY, "busy");
        Input.Start start = new Input.Start(profile("alice"), List.of(profile("bob")), List.of(busy),
                dev.calls.MediaType.AUDIO, "calls-room", "public");

        Change change = TransitionTable.start(new Act(null, CallAction.START, "alice", T0, start, CONFIG));

        assertThat(change.call().state()).isEqualTo(CallState.MISSED);
        assertThat(change.call().endReason()).isEqualTo(dev.calls.EndReason.BUSY);
        assertThat(change.refusal()).isSameAs(busy);
    }

    @Test
    void startWhenNobodyCanBeRungThenTheFirstRefusal() {
        RefusedException offline = new RefusedException(ErrorCode.RECIPIENT_OFFLINE, "offline");
        Input.Start start = new Input.Start(profile("alice"), List.of(profile("bob"), profile("carol")),
                List.of(offline, new RefusedException(ErrorCode.RECIPIENT_BUSY, "busy")), dev.calls.MediaType.AUDIO,
                "calls-room", "public");

        assertThatThrownBy(() -> TransitionTable.start(new Act(null, CallAction.START, "alice", T0, start, CONFIG)))
                .isSameAs(offline);
    }

    @Test
    void actionWhenGivenAnotherActionsInputThenInvalidRequest() {
        Act act = new Act(groupActive(), CallAction.MEDIA, "bob", T0.plusSeconds(5), new Input.Target("dave"), CONFIG);

        assertThatThrownBy(() -> TransitionTable.apply(act)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    private static dev.calls.UserProfile profile(String id) {
        return dev.calls.UserProfile.of("acme", id, id);
    }

    @ParameterizedTest
    @EnumSource(value = CallState.class, names = {"COMPLETED", "MISSED", "DECLINED", "CANCELLED", "FAILED"})
    void everyActionOnATerminalCallByAnyoneThenNoChange(CallState state) {
        Call call = terminal(state);
        List<String> actors = new ArrayList<>(call.participants().stream().map(Participant::userId).toList());
        actors.add(null);
        for (CallAction action : CallAction.values()) {
            for (String actor : actors) {
                Act act = new Act(call, action, actor, T0.plusSeconds(3600), argumentFor(action), CONFIG);
                try {
                    Change change = TransitionTable.apply(act);
                    assertThat(change.isNone()).as("%s by %s on %s", action, actor, state).isTrue();
                    assertThat(change.call()).isSameAs(call);
                } catch (InvalidTransitionException e) {
                    assertThat(e.callId()).isEqualTo(call.id());
                    assertThat(e.state()).isEqualTo(state);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.getMessage()).contains(call.id().toString(), state.wire(), action.wire());
                }
            }
        }
    }

    static Call terminal(CallState state) {
        Call ringing = groupRinging();
        return switch (state) {
            case COMPLETED -> CallFixtures.completed(groupActive(), T0.plusSeconds(60));
            case MISSED -> CallFixtures.missed(ringing, T0.plusSeconds(30));
            case DECLINED -> CallFixtures.declined(ringing, T0.plusSeconds(3));
            case CANCELLED -> CallFixtures.cancelled(ringing, T0.plusSeconds(3));
            case FAILED -> Effects.terminate(ringing, CallState.FAILED, dev.calls.EndReason.FAILED, T0);
            default -> throw new IllegalArgumentException(state.name());
        };
    }

    static Input argumentFor(CallAction action) {
        return switch (action) {
            case MEDIA -> new Input.Media(new MediaUpdate(true, null, null));
            case RING_AGAIN, BUSY_ELSEWHERE -> new Input.Target("bob");
            case INVITE_GUEST -> new Input.Guest("guest:g1", "Ann Client");
            case ROOM_PRESENCE -> new Input.Room("bob", true);
            default -> Input.None.NONE;
        };
    }

    @Test
    void applyWhenActorTakesNoPartThenNotFound() {
        Act act = new Act(groupRinging(), CallAction.ACCEPT, "erin", T0, Input.None.NONE, CONFIG);

        assertThatThrownBy(() -> TransitionTable.apply(act)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(value = CallAction.class, names = {"RING_TIMEOUT", "MAX_DURATION", "IDLE_TIMEOUT",
            "ROOM_DESTROYED"})
    void systemActionWhenTakenByAUserThenForbidden(CallAction action) {
        Act act = new Act(groupActive(), action, "alice", T0.plusSeconds(60), argumentFor(action), CONFIG);

        assertThatThrownBy(() -> TransitionTable.apply(act)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void describeThenOneLinePerRule() {
        assertThat(TransitionTable.describe()).hasSameSizeAs(TransitionTable.RULES)
                .contains("[RINGING] --accept by INVITEE [INVITED, RINGING, MISSED]--> [ACTIVE]",
                        "[RINGING] --fail by INITIATOR [JOINED]--> [FAILED]");
    }
}
