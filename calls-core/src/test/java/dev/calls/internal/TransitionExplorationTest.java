package dev.calls.internal;

import static dev.calls.contract.CallFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.CallsConfig;
import dev.calls.ErrorCode;
import dev.calls.InvalidTransitionException;
import dev.calls.MediaUpdate;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import dev.calls.contract.CallFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every call reachable from a ringing call by any action of anyone (with an idle timeout configured,
 * so idle handling is reachable too) and checks the state machine's promises on each step: a change lands
 * in a target state of a rule with one event; a refusal is typed; live and terminal calls stay consistent;
 * a user repeating what they just did changes nothing.
 */
class TransitionExplorationTest {
    private static final CallsConfig CONFIG = CallsConfig.builder().idleTimeout(Duration.ofMinutes(2)).build();
    private static final Set<CallAction> REPEATABLE = EnumSet.of(CallAction.ACKNOWLEDGE, CallAction.ACCEPT,
            CallAction.DECLINE, CallAction.CANCEL, CallAction.LEAVE, CallAction.END, CallAction.MEDIA,
            CallAction.ROOM_PRESENCE, CallAction.FAIL);

    private record Node(Call call, Instant now) {
    }

    private record Step(CallAction action, String actor, Input argument, Instant now) {
    }

    @ParameterizedTest(name = "{0} invitee(s)")
    @ValueSource(ints = {1, 2})
    void everyReachableCallWhenAnyoneTakesAnyActionThenTheMachineKeepsItsPromises(int invitees) {
        String[] ids = {"bob", "carol"};
        Call start = CallFixtures.ringing("acme", T0, "alice", java.util.Arrays.copyOf(ids, invitees));
        ArrayDeque<Node> queue = new ArrayDeque<>(List.of(new Node(start, T0)));
        Set<String> seen = new HashSet<>();
        int steps = 0;
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (!seen.add(key(node.call())) || seen.size() > 40_000) {
                continue;
            }
            for (Step step : steps(node)) {
                Call next = check(node.call(), step);
                steps++;
                if (next != null) {
                    queue.add(new Node(next, step.now()));
                }
            }
        }
        assertThat(seen.size()).as("states explored").isGreaterThan(invitees * 10);
        assertThat(steps).isPositive();
    }

    private static List<Step> steps(Node node) {
        Call call = node.call();
        Instant soon = node.now().plusSeconds(1);
        List<Step> steps = new ArrayList<>();
        List<String> actors = new ArrayList<>(call.participants().stream().map(Participant::userId).toList());
        actors.add(null);
        for (CallAction action : CallAction.values()) {
            if (action == CallAction.START) {
                continue;
            }
            Instant at = switch (action) {
                case RING_TIMEOUT -> node.now().plusSeconds(31);
                case IDLE_TIMEOUT -> node.now().plusSeconds(121);
                case MAX_DURATION -> node.now().plus(Duration.ofHours(8));
                default -> soon;
            };
            for (String actor : actors) {
                for (Input argument : arguments(action, call, actor)) {
                    steps.add(new Step(action, actor, argument, at));
                }
            }
        }
        return steps;
    }

    private static List<Input> arguments(CallAction action, Call call, String actor) {
        List<Input> args = new ArrayList<>();
        switch (action) {
            case MEDIA -> args.add(new Input.Media(new MediaUpdate(true, null, null)));
            case RING_AGAIN, BUSY_ELSEWHERE -> call.participants().forEach(p -> args.add(new Input.Target(p.userId())));
            // the media server reports anyone; a user's own browser reports only that user
            case ROOM_PRESENCE -> call.participants().stream().filter(p -> actor == null || p.userId().equals(actor))
                    .forEach(p -> {
                        args.add(new Input.Room(p.userId(), true));
                        args.add(new Input.Room(p.userId(), false));
                    });
            // inviting a guest adds a participant: covered by TransitionTableTest and the guest tests, not explored
            case INVITE_GUEST -> { }
            default -> args.add(Input.None.NONE);
        }
        return args;
    }

    /** Applies one step and checks it; returns the changed call, or null when nothing changed. */
    private static Call check(Call before, Step step) {
        String what = step.action() + " by " + step.actor() + " with " + step.argument() + " on " + describe(before);
        Change change;
        try {
            change = TransitionTable.apply(new Act(before, step.action(), step.actor(), step.now(), step.argument(),
                    CONFIG));
        } catch (InvalidTransitionException e) {
            assertThat(e.callId()).as(what).isEqualTo(before.id());
            assertThat(e.state()).as(what).isEqualTo(before.state());
            assertThat(e.action()).as(what).isEqualTo(step.action());
            return null;
        } catch (RefusedException e) {
            assertThat(e.code()).as(what).isIn(ErrorCode.FORBIDDEN, ErrorCode.INVALID_REQUEST);
            return null;
        } catch (RuntimeException e) {
            return fail(what + " threw " + e, e);
        }
        if (change.isNone()) {
            assertThat(change.call()).as(what).isSameAs(before);
            return null;
        }
        Call after = change.call();
        assertThat(before.state().isTerminal()).as("a terminal call changed: " + what).isFalse();
        assertThat(change.events()).as(what).hasSize(1);
        assertThat(change.events().get(0).call()).as(what).isEqualTo(after);
        assertConsistent(after, what);
        if (after.state().isTerminal()) {
            assertThat(change.events().get(0).type().isTerminal()).as("terminal event for " + what).isTrue();
        }
        if (REPEATABLE.contains(step.action()) && (step.actor() != null || step.action() == CallAction.ROOM_PRESENCE)) {
            Change again = TransitionTable.apply(new Act(after, step.action(), step.actor(), step.now(),
                    step.argument(), CONFIG));
            assertThat(again.isNone()).as("repeat of " + what + " -> " + describe(after)).isTrue();
        }
        return after;
    }

    private static void assertConsistent(Call call, String what) {
        String as = what + " -> " + describe(call);
        assertThat(call.state().isTerminal()).as(as).isEqualTo(call.endReason() != null);
        assertThat(call.participant(call.initiator()).orElseThrow().isHost()).as(as).isTrue();
        switch (call.state()) {
            case RINGING -> {
                assertThat(call.invitees()).as(as).anyMatch(p -> p.state().isPending());
                assertThat(call.invitees()).as(as).noneMatch(p -> p.state() == ParticipantState.JOINED);
                assertThat(call.answeredAt()).as(as).isNull();
            }
            case ACTIVE -> {
                assertThat(call.answeredAt()).as(as).isNotNull();
                assertThat(call.joinedCount()).as(as).isGreaterThanOrEqualTo(2);
            }
            default -> {
                assertThat(call.endedAt()).as(as).isNotNull();
                assertThat(call.participants()).as(as)
                        .noneMatch(p -> p.state() == ParticipantState.JOINED || p.state().isPending() || p.inRoom());
                assertThat(call.deadline()).as(as).isNull();
            }
        }
        if (call.state() == CallState.DECLINED) {
            assertThat(call.invitees()).as(as).allMatch(p -> p.state() == ParticipantState.DECLINED);
        }
    }

    private static String key(Call call) {
        StringBuilder b = new StringBuilder(call.state().name()).append(call.answeredAt() != null)
                .append(call.idleSince() != null);
        for (Participant p : call.participants()) {
            b.append('|').append(p.state()).append(p.inRoom()).append(p.audioMuted()).append(p.joinedAt() != null);
        }
        return b.toString();
    }

    private static String describe(Call call) {
        StringBuilder b = new StringBuilder(call.state().name()).append('[');
        for (Participant p : call.participants()) {
            b.append(p.userId()).append(':').append(p.state()).append(p.inRoom() ? "+room " : " ");
        }
        return b.append(']').toString();
    }
}
