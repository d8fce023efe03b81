package dev.calls;

/** The stable, machine-readable codes every refusal carries; the HTTP layer maps each one to a status. */
public enum ErrorCode {
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not_found"),
    INVALID_REQUEST("invalid_request"),
    PAYLOAD_TOO_LARGE("payload_too_large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    INVALID_TRANSITION("invalid_transition"),
    RECIPIENT_OFFLINE("recipient_offline"),
    RECIPIENT_BUSY("recipient_busy"),
    RECIPIENT_UNAVAILABLE("recipient_unavailable"),
    /** The user is in another live call: answering this one needs {@code leaveCurrent}. */
    ALREADY_IN_CALL("already_in_call"),
    NOT_PERMITTED("not_permitted"),
    OUTSIDE_JOIN_WINDOW("outside_join_window"),
    RATE_LIMITED("rate_limited"),
    CONCURRENT_MODIFICATION("concurrent_modification"),
    STORAGE_UNAVAILABLE("storage_unavailable");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
