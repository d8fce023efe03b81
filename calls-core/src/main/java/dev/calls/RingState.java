package dev.calls;

import java.util.UUID;

/**
 * The answer to "should this device still ring?", for a device woken by a push message.
 *
 * @param callId the call
 * @param ring true while the user is still being rung
 * @param status {@code ringing}, {@code answered} (by this user), {@code answered_elsewhere},
 *     {@code declined}, {@code cancelled}, {@code missed} or {@code ended}
 * @param callState the call's state
 */
public record RingState(UUID callId, boolean ring, String status, CallState callState) {
}
