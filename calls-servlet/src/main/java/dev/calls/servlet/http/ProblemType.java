package dev.calls.servlet.http;

import dev.calls.ErrorCode;

/**
 * A stable problem {@code code} with its HTTP status and title. The engine's {@link ErrorCode}s map one to
 * one; two more belong to HTTP alone ({@code method_not_allowed}, {@code internal_error}).
 *
 * @param code the machine-readable code, such as {@code not_found}
 * @param status the HTTP status
 * @param title a short human summary, the same for every occurrence
 */
public record ProblemType(String code, int status, String title) {
    /** The path exists but not with this method. */
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method_not_allowed", 405, "Method not allowed");
    /** Something broke on the server; details are only in the server log. */
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal_error", 500, "Internal error");

    /** The problem {@code type} URI. */
    public String typeUri() {
        return "urn:calls:problem:" + code;
    }

    public static ProblemType of(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED -> new ProblemType(code.code(), 401, "Unauthenticated");
            case FORBIDDEN -> new ProblemType(code.code(), 403, "Forbidden");
            case NOT_FOUND -> new ProblemType(code.code(), 404, "Not found");
            case INVALID_REQUEST -> new ProblemType(code.code(), 400, "Invalid request");
            case PAYLOAD_TOO_LARGE -> new ProblemType(code.code(), 413, "Payload too large");
            case UNSUPPORTED_MEDIA_TYPE -> new ProblemType(code.code(), 415, "Unsupported media type");
            case INVALID_TRANSITION -> new ProblemType(code.code(), 409, "Invalid transition");
            case RECIPIENT_OFFLINE -> new ProblemType(code.code(), 409, "Recipient offline");
            case RECIPIENT_BUSY -> new ProblemType(code.code(), 409, "Recipient busy");
            case RECIPIENT_UNAVAILABLE -> new ProblemType(code.code(), 409, "Recipient unavailable");
            case ALREADY_IN_CALL -> new ProblemType(code.code(), 409, "Already in a call");
            case NOT_PERMITTED -> new ProblemType(code.code(), 403, "Not permitted");
            case OUTSIDE_JOIN_WINDOW -> new ProblemType(code.code(), 403, "Outside the join window");
            case RATE_LIMITED -> new ProblemType(code.code(), 429, "Rate limited");
            case CONCURRENT_MODIFICATION -> new ProblemType(code.code(), 409, "Concurrent modification");
            case STORAGE_UNAVAILABLE -> new ProblemType(code.code(), 503, "Storage unavailable");
        };
    }
}
