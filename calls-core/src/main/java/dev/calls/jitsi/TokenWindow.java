package dev.calls.jitsi;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import dev.calls.spi.JoinRequest;
import java.time.Duration;

/**
 * The {@code nbf}/{@code exp} pair of one token, in epoch seconds. Prosody rejects a token when
 * {@code now < nbf} or {@code now >= exp} with no leeway, so {@code nbf} lies {@link #NBF_SKEW} in the past
 * (as in the 8x8 samples) to survive small clock differences between this host and the media server.
 */
record TokenWindow(long issuedAt, long notBefore, long expiresAt) {
    static final long NBF_SKEW = 10;
    static final Duration MIN_TTL = Duration.ofMinutes(1);
    static final Duration MAX_TTL = Duration.ofHours(24);

    /** The window for a join at {@code request.now()}: {@code ttl} long, cut at {@code request.notAfter()}. */
    static TokenWindow of(JoinRequest request, Duration ttl) {
        long now = request.now().getEpochSecond();
        long exp = request.now().plus(ttl).getEpochSecond();
        if (request.notAfter() != null) {
            exp = Math.min(exp, request.notAfter().getEpochSecond());
        }
        if (exp <= now) {
            throw new RefusedException(ErrorCode.OUTSIDE_JOIN_WINDOW, "the meeting is over; no join token is issued");
        }
        return new TokenWindow(now, now - NBF_SKEW, exp);
    }

    /** {@code ttl} when it lies between 1 minute and 24 hours, else an error naming {@code what}. */
    static Duration requireTtl(Duration ttl, String what) {
        if (ttl == null || ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException(what + " must be between 1m and 24h, was " + ttl);
        }
        return ttl;
    }
}
