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
                cases.add(Arguments.of(rule.action() + " by " + rule.who() + " from " + from, rule, from));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirStartStates")
    void everyRuleWhenActedByItsRoleThenOneEventAndTheCallInATargetState(String name, Rule rule, CallState from) {
        Call call = from == CallState.RINGING ? groupRinging() : groupActive();
        String actor = switch (rule.who()) {
            case INITIATOR, HOST -> "alice";
            case INVITEE -> "dave";
            case PARTICIPANT -> from == CallState.ACTIVE ? "bob" : "alice";
            case SYSTEM -> null;
        };
        Object argument = switch (rule.action()) {
            case MEDIA -> new MediaUpdate(true, true, "poor");
            case RING_AGAIN -> "dave";
            case ROOM_PRESENCE -> new RoomPresence(actor != null ? actor : "bob", true);
            default -> null;
        };
        Instant now = rule.action() == CallAction.RING_TIMEOUT ? T0.plusSeconds(31) : T0.plusSeconds(5);

        Change change = TransitionTable.apply(new Act(call, rule.action(), actor, now, argument, CONFIG));

        assertThat(change.events()).hasSize(1);
        assertThat(rule.to()).contains(change.call().state());
        assertThat(change.events().get(0).call()).isEqualTo(change.call());
        assertThat(change.events().get(0).actor()).isEqualTo(actor);
        assertThat(change.call().state().isTerminal()).isEqualTo(change.call().endReason() != null);
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

    static Object argumentFor(CallAction action) {
        return switch (action) {
            case MEDIA -> new MediaUpdate(true, null, null);
            case RING_AGAIN -> "bob";
            case ROOM_PRESENCE -> new RoomPresence("bob", true);
            default -> null;
        };
    }

    @Test
    void applyWhenActorTakesNoPartThenNotFound() {
        Act act = new Act(groupRinging(), CallAction.ACCEPT, "erin", T0, null, CONFIG);

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
                .anyMatch(line -> line.contains("--accept by INVITEE--> [ACTIVE]"));
    }
}
