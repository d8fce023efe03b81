package dev.calls;

import java.time.Duration;

/** The user acted too often; {@link #retryAfter()} says when to try again. */
public class RateLimitedException extends CallsException {
    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, "too many calls started; retry in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
