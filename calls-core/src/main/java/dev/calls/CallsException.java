package dev.calls;

import java.util.Objects;

/**
 * The root of every exception the engine throws on purpose. Each carries a stable {@link ErrorCode};
 * messages are safe to show to the acting user and never contain secrets.
 */
public class CallsException extends RuntimeException {
    private final ErrorCode code;

    public CallsException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public CallsException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
