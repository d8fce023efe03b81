package dev.calls;

import java.util.Locale;

/** Everything that can happen to a call, by a user or by the engine itself. */
public enum CallAction {
    START,
    ACKNOWLEDGE,
    ACCEPT,
    DECLINE,
    CANCEL,
    LEAVE,
    END,
    RING_AGAIN,
    MEDIA,
    /** The media server or the browser reported a user inside or outside the media room. */
    ROOM_PRESENCE,
    RING_TIMEOUT,
    MAX_DURATION,
    IDLE_TIMEOUT,
    ROOM_DESTROYED,
    FAIL,
    /** The user answered another call: this one stops ringing them, as busy. */
    BUSY_ELSEWHERE,
    /** A tenant administrator ends the call. */
    ADMIN_END,
    /** A host invites a guest without an account (a guest pass) into a live call. */
    INVITE_GUEST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
