package dev.calls.history;

import java.util.Locale;

/** How a call went, seen from one user. */
public enum Outcome {
    /** Still ringing or active. */
    ONGOING,
    /** The user talked in it. */
    ANSWERED,
    /** Incoming, never answered by this user (rang out, or the caller gave up first). */
    MISSED,
    /** Declined: incoming, by this user; outgoing, by every invitee. Both sides use the same word. */
    DECLINED,
    /** Outgoing, nobody answered. */
    NO_ANSWER,
    /** Outgoing, the caller hung up before an answer. */
    CANCELLED,
    /** Outgoing, the callee was in another call. */
    BUSY,
    /** Outgoing, the callee was not taking calls (do not disturb): they were not rung. */
    UNAVAILABLE,
    /** The media could not be set up. */
    FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
