package dev.calls;

import java.util.UUID;

/** The action is not allowed for this call in its current state, or not for this user. */
public class InvalidTransitionException extends CallsException {
    private final UUID callId;
    private final CallState state;
    private final CallAction action;

    public InvalidTransitionException(UUID callId, CallState state, CallAction action, String why) {
        super(ErrorCode.INVALID_TRANSITION,
                "cannot " + action.wire() + " call " + callId + " in state " + state.wire() + ": " + why);
        this.callId = callId;
        this.state = state;
        this.action = action;
    }

    public UUID callId() {
        return callId;
    }

    public CallState state() {
        return state;
    }

    public CallAction action() {
        return action;
    }
}
