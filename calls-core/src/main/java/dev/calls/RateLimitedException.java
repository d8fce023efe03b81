package dev.calls;

import java.time.Duration;

/** The user acted too often; {@link #retryAfter()} says when to try again. */
public class RateLimitedException extends CallsException {
    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        this(retryAfter, "too many calls started");
    }

    /** @param what what was done too often, such as {@code "bob was rung again a moment ago"} */
    public RateLimitedException(Duration retryAfter, String what) {
        super(ErrorCode.RATE_LIMITED, what + "; retry in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
