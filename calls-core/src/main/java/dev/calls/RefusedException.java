package dev.calls;

/**
 * A rule refused the request: the recipient is offline, busy or unavailable, a policy said no, the
 * input was invalid, or the user is outside a meeting's join window.
 */
public class RefusedException extends CallsException {
    public RefusedException(ErrorCode code, String message) {
        super(code, message);
    }
}
