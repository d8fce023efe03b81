package dev.calls.presence;

import dev.calls.UserRef;
import java.time.Instant;

/**
 * A user's presence as others see it: the stored {@link Presence} plus what the engine derives.
 *
 * @param user who
 * @param name display name from the user directory
 * @param status the status the user set
 * @param message status message, may be null
 * @param available whether the user accepts calls at all
 * @param doNotDisturb whether ringing is turned off
 * @param lastSeen last sign of life, may be null
 * @param online an open event stream, or a sign of life within the presence timeout
 * @param inCall in a ringing or active call
 * @param callable online, available, not BUSY or OFFLINE, not do-not-disturb, not in a call
 */
public record PresenceView(UserRef user, String name, PresenceStatus status, String message, boolean available,
        boolean doNotDisturb, Instant lastSeen, boolean online, boolean inCall, boolean callable) {

    /** The status others should see: OFFLINE when not online, BUSY while in a call. */
    public PresenceStatus effectiveStatus() {
        if (!online) {
            return PresenceStatus.OFFLINE;
        }
        if (inCall && status == PresenceStatus.ONLINE) {
            return PresenceStatus.BUSY;
        }
        return status;
    }
}
