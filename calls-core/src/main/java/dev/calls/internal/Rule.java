package dev.calls.internal;

import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.ErrorCode;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One row of the state machine: in one of {@code from}, {@code who}, while their own part of the call is in one
 * of {@code actor}, may take {@code action}, which leaves the call in one of {@code to}. A row whose effect is
 * {@link #NOTHING} says that the action, repeated or late, changes nothing. The engine checks that a change
 * lands in {@code to}.
 *
 * @param actor the acting participant's states this row is for (every state for {@link Who#SYSTEM}; for
 *     {@link CallAction#START}, whose {@code from} is empty as there is no call yet, the caller's)
 * @param input the kind of input the effect reads
 */
record Rule(CallAction action, Set<CallState> from, Who who, Set<ParticipantState> actor, Set<CallState> to,
        Class<? extends Input> input, BiFunction<Act, Input, Change> effect) {

    /** The effect of a row that changes nothing. */
    static final BiFunction<Act, Input, Change> NOTHING = (act, input) -> Change.none(act.call());

    boolean changesNothing() {
        return effect == NOTHING;
    }

    /** Runs the effect on the act's input, which must be of the kind the row names (a row of no change reads none). */
    Change apply(Act act) {
        if (!changesNothing() && !input.isInstance(act.input())) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, act.action().wire() + " needs "
                    + input.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " input");
        }
        return effect.apply(act, act.input());
    }
}
