package dev.calls.servlet.http;

import dev.calls.ErrorCode;
import java.util.Map;

/**
 * Ends a request with an RFC 9457 problem. Thrown by routes and the request pipeline for refusals that
 * belong to HTTP (bad parameters, wrong content type, unknown routes); the engine's own refusals arrive as
 * {@link dev.calls.CallsException}s and are mapped by {@link Problems}.
 */
public final class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final Long retryAfterSeconds;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail, Long retryAfterSeconds, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(ErrorCode code, String detail) {
        this(ProblemType.of(code), detail, null, Map.of());
    }

    public static ProblemException invalid(String detail) {
        return new ProblemException(ErrorCode.INVALID_REQUEST, detail);
    }

    public static ProblemException notFound() {
        return new ProblemException(ErrorCode.NOT_FOUND, "no such resource");
    }

    public ProblemType type() {
        return type;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
