package dev.calls.servlet.json;

import dev.calls.RingState;

/** Whether a device should still ring, and why (not). */
public record RingStateBody(String callId, boolean ring, String status, String callState) {

    public static RingStateBody of(RingState s) {
        return new RingStateBody(s.callId().toString(), s.ring(), s.status(), s.callState().wire());
    }
}
