package dev.calls.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * The counters behind the engine's rate limits (calls a user may start per minute, ringing an invitee again).
 * The default keeps them in memory, so each node limits on its own; several nodes share one implementation
 * (Redis in {@code calls-redis}) so that a limit holds however requests are spread over the nodes.
 *
 * <p>Each key is a bucket of {@code limit} permits refilled evenly over {@code window} (a token bucket, or the
 * equivalent generic cell rate algorithm): {@code limit} takes at once empty it, and one permit comes back every
 * {@code window / limit}. Thread-safe; throws only when storage itself is broken.
 */
public interface RateLimits {

    /**
     * Takes one permit of {@code key} at {@code now}. Of concurrent takes on one key, exactly as many succeed as
     * there are permits. A refused take takes nothing.
     *
     * @param key names the limit and its subject (e.g. the user); compared exactly
     * @param limit permits in a full bucket, at least 1
     * @param window how long an empty bucket takes to refill, positive
     * @param now the engine's clock
     * @return {@link Duration#ZERO} if a permit was taken, else how long until the next one is there
     */
    Duration take(String key, int limit, Duration window, Instant now);
}
