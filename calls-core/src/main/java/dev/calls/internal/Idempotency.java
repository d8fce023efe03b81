package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Participant;
import dev.calls.ParticipantState;

/** Recognises a user repeating an action whose result already stands, so the repeat changes nothing. */
final class Idempotency {
    private Idempotency() {
    }

    static boolean alreadyDone(Act act) {
        Call call = act.call();
        Participant p = call.participant(act.actor()).orElseThrow();
        ParticipantState s = p.state();
        return switch (act.action()) {
            // a late ring on a device is harmless once the user is no longer being asked
            case ACKNOWLEDGE -> !call.isInitiator(p.userId()) && (s == ParticipantState.RINGING || !s.isPending());
            case ACCEPT -> !call.isInitiator(p.userId()) && s == ParticipantState.JOINED;
            // leaving and declining both end one's part; repeating either after the other changes nothing
            case DECLINE -> s == ParticipantState.DECLINED || s == ParticipantState.LEFT;
            case CANCEL -> call.state() == CallState.CANCELLED && call.isInitiator(p.userId());
            case LEAVE, END -> call.state().isTerminal() && s != ParticipantState.JOINED || s == ParticipantState.DECLINED;
            case FAIL -> call.state() == CallState.FAILED;
            default -> false;
        };
    }
}
