package dev.calls;

/** Why a call reached its terminal state. Every terminal call has one. */
public enum EndReason {
    /** Nobody answered before the ring timeout. */
    NO_ANSWER("no_answer"),
    /** Every invitee declined. */
    DECLINED("declined"),
    /** The caller hung up before anyone answered. */
    CANCELLED_BY_CALLER("cancelled_by_caller"),
    /** A participant ended the call, or the last but one left. */
    HUNG_UP("hung_up"),
    /** The callee was in another call. */
    BUSY("busy"),
    /** The callee was not taking calls (do not disturb, or a busy or unavailable status): never rung. */
    UNAVAILABLE("unavailable"),
    /** The media server reported the room gone. */
    ROOM_DESTROYED("room_destroyed"),
    /** The call was active for longer than the configured maximum. */
    MAX_DURATION("max_duration"),
    /** Nobody was connected to the media room for longer than the configured idle time. */
    IDLE("idle"),
    /** The media could not be set up. */
    FAILED("failed"),
    /** A tenant administrator ended the call (a stuck call nobody could end). */
    ENDED_BY_ADMIN("ended_by_admin");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    /** The stable wire value, such as {@code no_answer}. */
    public String code() {
        return code;
    }

    public static EndReason fromCode(String code) {
        for (EndReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown end reason: " + code);
    }
}
