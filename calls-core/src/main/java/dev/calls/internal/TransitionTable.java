package dev.calls.internal;

import static dev.calls.CallAction.ACCEPT;
import static dev.calls.CallAction.ACKNOWLEDGE;
import static dev.calls.CallAction.ADMIN_END;
import static dev.calls.CallAction.BUSY_ELSEWHERE;
import static dev.calls.CallAction.CANCEL;
import static dev.calls.CallAction.DECLINE;
import static dev.calls.CallAction.END;
import static dev.calls.CallAction.FAIL;
import static dev.calls.CallAction.IDLE_TIMEOUT;
import static dev.calls.CallAction.INVITE_GUEST;
import static dev.calls.CallAction.LEAVE;
import static dev.calls.CallAction.MAX_DURATION;
import static dev.calls.CallAction.MEDIA;
import static dev.calls.CallAction.RING_AGAIN;
import static dev.calls.CallAction.RING_TIMEOUT;
import static dev.calls.CallAction.ROOM_DESTROYED;
import static dev.calls.CallAction.ROOM_PRESENCE;
import static dev.calls.CallAction.START;
import static dev.calls.CallState.ACTIVE;
import static dev.calls.CallState.CANCELLED;
import static dev.calls.CallState.COMPLETED;
import static dev.calls.CallState.DECLINED;
import static dev.calls.CallState.FAILED;
import static dev.calls.CallState.MISSED;
import static dev.calls.CallState.RINGING;
import static dev.calls.ParticipantState.INVITED;
import static dev.calls.ParticipantState.JOINED;
import static dev.calls.ParticipantState.LEFT;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.ErrorCode;
import dev.calls.InvalidTransitionException;
import dev.calls.NotFoundException;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The call state machine, as data: every allowed (action, call state, role, the actor's own state), where it
 * leads, and which repeats change nothing. Anything not in the table is refused: {@code forbidden} when the
 * action is another role's, an {@link InvalidTransitionException} when the call's or the actor's state does not
 * allow it. Effects do one thing each; a row names the effect it means, so no effect hands over to another.
 */
public final class TransitionTable {
    private static final Set<CallState> LIVE = EnumSet.of(RINGING, ACTIVE);
    private static final Set<CallState> TERMINAL = EnumSet.of(COMPLETED, MISSED, DECLINED, CANCELLED, FAILED);
    private static final Set<CallState> ANY_CALL = EnumSet.allOf(CallState.class);
    private static final Set<ParticipantState> ANYONE = EnumSet.allOf(ParticipantState.class);
    private static final Set<ParticipantState> BEING_RUNG = EnumSet.of(INVITED, ParticipantState.RINGING);
    private static final Set<ParticipantState> NOT_BEING_RUNG = EnumSet.of(ParticipantState.RINGING, JOINED, LEFT,
            ParticipantState.DECLINED, ParticipantState.MISSED);
    private static final Set<ParticipantState> OUT = EnumSet.of(LEFT, ParticipantState.MISSED);
    private static final Set<ParticipantState> GONE = EnumSet.of(ParticipantState.DECLINED, LEFT);

    static final List<Rule> RULES = List.of(
            row(START, Set.of(), Who.INITIATOR, ANYONE, Set.of(RINGING, MISSED), Input.Start.class, Effects::start),

            row(ACKNOWLEDGE, LIVE, Who.INVITEE, Set.of(INVITED), LIVE, Effects::acknowledge),
            same(ACKNOWLEDGE, ANY_CALL, Who.INVITEE, NOT_BEING_RUNG),

            row(ACCEPT, Set.of(RINGING), Who.INVITEE, Set.of(INVITED, ParticipantState.RINGING,
                    ParticipantState.MISSED), Set.of(ACTIVE), Effects::answer),
            row(ACCEPT, Set.of(ACTIVE), Who.INVITEE, EnumSet.complementOf(EnumSet.of(JOINED)), Set.of(ACTIVE),
                    Effects::join),
            same(ACCEPT, ANY_CALL, Who.INVITEE, Set.of(JOINED)),

            same(DECLINE, ANY_CALL, Who.PARTICIPANT, GONE),
            row(DECLINE, LIVE, Who.INVITEE, BEING_RUNG, Set.of(RINGING, ACTIVE, DECLINED, MISSED), Effects::decline),
            row(DECLINE, Set.of(ACTIVE), Who.INVITEE, Set.of(JOINED), Set.of(ACTIVE, COMPLETED), Effects::leave),

            same(CANCEL, Set.of(CANCELLED), Who.INITIATOR, ANYONE),
            row(CANCEL, Set.of(RINGING), Who.INITIATOR, ANYONE, Set.of(CANCELLED), Effects::cancel),

            same(LEAVE, TERMINAL, Who.PARTICIPANT, ANYONE),
            same(LEAVE, ANY_CALL, Who.PARTICIPANT, Set.of(ParticipantState.DECLINED)),
            row(LEAVE, Set.of(RINGING), Who.INITIATOR, ANYONE, Set.of(CANCELLED), Effects::cancel),
            row(LEAVE, Set.of(RINGING), Who.INVITEE, BEING_RUNG, Set.of(RINGING, DECLINED, MISSED), Effects::decline),
            row(LEAVE, Set.of(ACTIVE), Who.PARTICIPANT, Set.of(JOINED), Set.of(ACTIVE, COMPLETED), Effects::leave),
            row(LEAVE, Set.of(ACTIVE), Who.INVITEE, BEING_RUNG, Set.of(ACTIVE), Effects::decline),
            same(LEAVE, Set.of(ACTIVE), Who.PARTICIPANT, OUT),

            same(END, TERMINAL, Who.PARTICIPANT, ANYONE),
            same(END, ANY_CALL, Who.PARTICIPANT, Set.of(ParticipantState.DECLINED)),
            row(END, Set.of(RINGING), Who.INITIATOR, ANYONE, Set.of(CANCELLED), Effects::cancel),
            row(END, Set.of(RINGING), Who.INVITEE, BEING_RUNG, Set.of(RINGING, DECLINED, MISSED), Effects::decline),
            row(END, Set.of(ACTIVE), Who.PARTICIPANT, Set.of(JOINED), Set.of(COMPLETED), Effects::hangUp),
            row(END, Set.of(ACTIVE), Who.INVITEE, BEING_RUNG, Set.of(ACTIVE), Effects::decline),
            same(END, Set.of(ACTIVE), Who.PARTICIPANT, OUT),

            row(MEDIA, LIVE, Who.PARTICIPANT, Set.of(JOINED), LIVE, Input.Media.class, Effects::media),
            row(RING_AGAIN, LIVE, Who.HOST, ANYONE, LIVE, Input.Target.class, Effects::ringAgain),
            row(ROOM_PRESENCE, LIVE, Who.SYSTEM, ANYONE, LIVE, Input.Room.class, Effects::roomPresence),
            // a user's own browser reports only while joined; a late report after leaving changes nothing
            row(ROOM_PRESENCE, LIVE, Who.PARTICIPANT, Set.of(JOINED), LIVE, Input.Room.class, Effects::roomPresence),
            same(ROOM_PRESENCE, LIVE, Who.PARTICIPANT, EnumSet.complementOf(EnumSet.of(JOINED))),

            row(RING_TIMEOUT, Set.of(RINGING), Who.SYSTEM, ANYONE, Set.of(RINGING, MISSED, DECLINED),
                    Effects::ringTimeout),
            row(RING_TIMEOUT, Set.of(ACTIVE), Who.SYSTEM, ANYONE, Set.of(ACTIVE), Effects::ringTimeout),
            row(MAX_DURATION, Set.of(ACTIVE), Who.SYSTEM, ANYONE, Set.of(COMPLETED), Effects::maxDuration),
            row(IDLE_TIMEOUT, Set.of(ACTIVE), Who.SYSTEM, ANYONE, Set.of(COMPLETED), Effects::idle),
            row(ROOM_DESTROYED, Set.of(ACTIVE), Who.SYSTEM, ANYONE, Set.of(COMPLETED), Effects::roomDestroyed),
            row(ROOM_DESTROYED, Set.of(RINGING), Who.SYSTEM, ANYONE, Set.of(CANCELLED), Effects::roomGoneWhileRinging),

            same(FAIL, TERMINAL, Who.PARTICIPANT, ANYONE),
            same(FAIL, LIVE, Who.PARTICIPANT, Set.of(LEFT)),
            row(FAIL, Set.of(RINGING), Who.INITIATOR, Set.of(JOINED), Set.of(FAILED), Effects::fail),
            row(FAIL, Set.of(ACTIVE), Who.PARTICIPANT, Set.of(JOINED), Set.of(ACTIVE, COMPLETED, FAILED),
                    Effects::failOut),
            row(FAIL, LIVE, Who.SYSTEM, ANYONE, Set.of(FAILED), Effects::fail),

            row(BUSY_ELSEWHERE, LIVE, Who.SYSTEM, ANYONE, Set.of(RINGING, ACTIVE, MISSED, DECLINED), Input.Target.class,
                    Effects::busyElsewhere),

            row(ADMIN_END, LIVE, Who.SYSTEM, ANYONE, Set.of(COMPLETED, CANCELLED), Input.Target.class,
                    Effects::endByAdmin),
            row(INVITE_GUEST, LIVE, Who.HOST, Set.of(JOINED), LIVE, Input.Guest.class, Effects::inviteGuest),
            same(ADMIN_END, TERMINAL, Who.SYSTEM, ANYONE));

    private TransitionTable() {
    }

    private static Rule row(CallAction action, Set<CallState> from, Who who, Set<ParticipantState> actor,
            Set<CallState> to, Function<Act, Change> effect) {
        return new Rule(action, Set.copyOf(from), who, Set.copyOf(actor), Set.copyOf(to), Input.None.class,
                (act, input) -> effect.apply(act));
    }

    @SuppressWarnings("unchecked")
    private static <I extends Input> Rule row(CallAction action, Set<CallState> from, Who who,
            Set<ParticipantState> actor, Set<CallState> to, Class<I> input, BiFunction<Act, I, Change> effect) {
        return new Rule(action, Set.copyOf(from), who, Set.copyOf(actor), Set.copyOf(to), input,
                (act, in) -> effect.apply(act, (I) in));
    }

    /** A row that changes nothing: the action, repeated or late, leaves the call as it is. */
    private static Rule same(CallAction action, Set<CallState> from, Who who, Set<ParticipantState> actor) {
        return new Rule(action, Set.copyOf(from), who, Set.copyOf(actor), Set.copyOf(from), Input.None.class,
                Rule.NOTHING);
    }

    /** The rules, for documentation and tests. */
    public static List<String> describe() {
        return RULES.stream().map(r -> (r.from().isEmpty() ? "(no call)" : sorted(r.from())) + " --"
                + r.action().wire() + " by " + r.who() + (r.actor().size() == ANYONE.size() ? "" : " " + sorted(r.actor()))
                + "--> " + (r.changesNothing() ? "unchanged" : sorted(r.to()))).toList();
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }

    /**
     * Creates a call: the {@link CallAction#START} row.
     *
     * @throws RefusedException no invitee could be rung (the first invitee's refusal)
     */
    static Change start(Act act) {
        Rule rule = RULES.get(0);
        Change change = rule.apply(act);
        check(rule, act, change);
        return change;
    }

    /**
     * Applies {@code act} by the first row that matches it: a row that changes nothing returns the call as it was.
     *
     * @throws NotFoundException the actor takes no part in the call
     * @throws RefusedException {@code forbidden}: the action is another role's in this state of a live call
     * @throws InvalidTransitionException the call's state, or the actor's own part in it, does not allow the action
     */
    static Change apply(Act act) {
        Call call = act.call();
        Set<Who> roles = Who.of(call, act.actor());
        if (roles.isEmpty()) {
            throw new NotFoundException("no such call");
        }
        ParticipantState actorState = act.actor() == null ? null
                : call.participant(act.actor()).orElseThrow().state();
        boolean stateAllows = false;
        boolean roleAllows = false;
        for (Rule rule : RULES) {
            if (rule.action() != act.action() || !rule.from().contains(call.state())) {
                continue;
            }
            stateAllows = true;
            if (!roles.contains(rule.who())) {
                continue;
            }
            roleAllows |= !rule.changesNothing();
            if (actorState == null || rule.actor().contains(actorState)) {
                Change change = rule.apply(act);
                check(rule, act, change);
                return change;
            }
        }
        if (stateAllows && !roleAllows && !call.state().isTerminal()) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "you may not " + act.action().wire() + " this call");
        }
        String reason = call.state().isTerminal() ? "the call has ended"
                : roleAllows ? why(act.action(), actorState) : "not allowed now";
        throw new InvalidTransitionException(call.id(), call.state(), act.action(), reason);
    }

    /** Why the actor's own state stops the action. */
    private static String why(CallAction action, ParticipantState actor) {
        if (action == MEDIA) {
            return "you have not joined";
        }
        return switch (actor) {
            case DECLINED -> "you declined this call";
            case MISSED -> "you are not being rung";
            case LEFT -> "you left this call";
            case JOINED -> "you are in the call";
            case INVITED, RINGING -> "you have not answered";
        };
    }

    private static void check(Rule rule, Act act, Change change) {
        if (!change.isNone() && !rule.to().contains(change.call().state())) {
            throw new IllegalStateException("rule " + rule.action() + " from "
                    + (act.call() == null ? "no call" : act.call().state()) + " led to " + change.call().state());
        }
    }
}
