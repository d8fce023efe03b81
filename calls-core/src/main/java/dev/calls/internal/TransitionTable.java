package dev.calls.internal;

import static dev.calls.CallAction.ACCEPT;
import static dev.calls.CallAction.ACKNOWLEDGE;
import static dev.calls.CallAction.CANCEL;
import static dev.calls.CallAction.DECLINE;
import static dev.calls.CallAction.END;
import static dev.calls.CallAction.FAIL;
import static dev.calls.CallAction.IDLE_TIMEOUT;
import static dev.calls.CallAction.LEAVE;
import static dev.calls.CallAction.MAX_DURATION;
import static dev.calls.CallAction.MEDIA;
import static dev.calls.CallAction.RING_AGAIN;
import static dev.calls.CallAction.RING_TIMEOUT;
import static dev.calls.CallAction.ROOM_DESTROYED;
import static dev.calls.CallAction.ROOM_PRESENCE;
import static dev.calls.CallState.ACTIVE;
import static dev.calls.CallState.CANCELLED;
import static dev.calls.CallState.COMPLETED;
import static dev.calls.CallState.DECLINED;
import static dev.calls.CallState.FAILED;
import static dev.calls.CallState.MISSED;
import static dev.calls.CallState.RINGING;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.ErrorCode;
import dev.calls.InvalidTransitionException;
import dev.calls.NotFoundException;
import dev.calls.RefusedException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The call state machine, as data: every allowed (state, action, who) and where it leads. Anything not in
 * the table is refused. Idempotent repeats (accepting a call one has joined, cancelling a cancelled call)
 * are recognised before the table is consulted and change nothing.
 */
public final class TransitionTable {
    private static final Set<CallState> LIVE = EnumSet.of(RINGING, ACTIVE);

    static final List<Rule> RULES = List.of(
            rule(ACKNOWLEDGE, LIVE, Who.INVITEE, LIVE, Effects::acknowledge),
            rule(ACCEPT, LIVE, Who.INVITEE, Set.of(ACTIVE), Effects::accept),
            rule(DECLINE, LIVE, Who.INVITEE, Set.of(RINGING, ACTIVE, DECLINED, MISSED, COMPLETED), Effects::decline),
            rule(CANCEL, Set.of(RINGING), Who.INITIATOR, Set.of(CANCELLED), Effects::cancel),
            rule(LEAVE, Set.of(RINGING), Who.INITIATOR, Set.of(CANCELLED), Effects::cancel),
            rule(LEAVE, Set.of(RINGING), Who.INVITEE, Set.of(RINGING, DECLINED, MISSED), Effects::decline),
            rule(LEAVE, Set.of(ACTIVE), Who.PARTICIPANT, Set.of(ACTIVE, COMPLETED), Effects::leave),
            rule(END, Set.of(RINGING), Who.INITIATOR, Set.of(CANCELLED), Effects::cancel),
            rule(END, Set.of(RINGING), Who.INVITEE, Set.of(RINGING, DECLINED, MISSED), Effects::decline),
            rule(END, Set.of(ACTIVE), Who.PARTICIPANT, Set.of(ACTIVE, COMPLETED), Effects::hangUp),
            rule(MEDIA, LIVE, Who.PARTICIPANT, LIVE, Effects::media),
            rule(RING_AGAIN, LIVE, Who.HOST, LIVE, Effects::ringAgain),
            rule(ROOM_PRESENCE, LIVE, Who.SYSTEM, LIVE, Effects::roomPresence),
            rule(ROOM_PRESENCE, LIVE, Who.PARTICIPANT, LIVE, Effects::roomPresence),
            rule(RING_TIMEOUT, Set.of(RINGING), Who.SYSTEM, Set.of(RINGING, MISSED, DECLINED), Effects::ringTimeout),
            rule(RING_TIMEOUT, Set.of(ACTIVE), Who.SYSTEM, Set.of(ACTIVE), Effects::ringTimeout),
            rule(MAX_DURATION, Set.of(ACTIVE), Who.SYSTEM, Set.of(COMPLETED), Effects::maxDuration),
            rule(IDLE_TIMEOUT, Set.of(ACTIVE), Who.SYSTEM, Set.of(COMPLETED), Effects::idle),
            rule(ROOM_DESTROYED, Set.of(ACTIVE), Who.SYSTEM, Set.of(COMPLETED), Effects::roomDestroyed),
            rule(ROOM_DESTROYED, Set.of(RINGING), Who.SYSTEM, Set.of(CANCELLED), Effects::cancel),
            rule(FAIL, LIVE, Who.PARTICIPANT, Set.of(FAILED), Effects::fail),
            rule(FAIL, LIVE, Who.SYSTEM, Set.of(FAILED), Effects::fail));

    private TransitionTable() {
    }

    private static Rule rule(CallAction action, Set<CallState> from, Who who, Set<CallState> to,
            Function<Act, Change> effect) {
        return new Rule(action, Set.copyOf(from), who, Set.copyOf(to), effect);
    }

    /** The rules, for documentation and tests. */
    public static List<String> describe() {
        return RULES.stream().map(r -> r.from() + " --" + r.action().wire() + " by " + r.who() + "--> " + r.to())
                .toList();
    }

    /**
     * Applies {@code act}: an idempotent repeat returns the call unchanged, an allowed action its change.
     *
     * @throws NotFoundException the actor takes no part in the call
     * @throws RefusedException {@code forbidden}: the action is the wrong one for the actor's role
     * @throws InvalidTransitionException the action is not allowed in the call's state
     */
    static Change apply(Act act) {
        Call call = act.call();
        Set<Who> who = Who.of(call, act.actor());
        if (who.isEmpty()) {
            throw new NotFoundException("no such call");
        }
        if (act.actor() != null && Idempotency.alreadyDone(act)) {
            return Change.none(call);
        }
        boolean stateAllows = false;
        for (Rule rule : RULES) {
            if (rule.action() != act.action() || !rule.from().contains(call.state())) {
                continue;
            }
            stateAllows = true;
            if (who.contains(rule.who())) {
                Change change = rule.effect().apply(act);
                if (!change.isNone() && !rule.to().contains(change.call().state())) {
                    throw new IllegalStateException("rule " + rule.action() + " from " + call.state()
                            + " led to " + change.call().state());
                }
                return change;
            }
        }
        if (stateAllows) {
            throw new RefusedException(ErrorCode.FORBIDDEN,
                    "you may not " + act.action().wire() + " this call");
        }
        throw new InvalidTransitionException(call.id(), call.state(), act.action(),
                call.state().isTerminal() ? "the call has ended" : "not allowed now");
    }
}
