package dev.calls.internal;

import dev.calls.RateLimitedException;
import dev.calls.UserRef;
import dev.calls.spi.RateLimits;
import java.time.Clock;
import java.time.Duration;

/** One limit on the shared counters: {@code perWindow} takes per {@code window} per subject, bursts up to that many. */
final class RateLimiter {
    private final Clock clock;
    private final RateLimits limits;
    private final String name;
    private final int perWindow;
    private final Duration window;

    RateLimiter(Clock clock, RateLimits limits, String name, int perWindow, Duration window) {
        this.clock = clock;
        this.limits = limits;
        this.name = name;
        this.perWindow = perWindow;
        this.window = window;
    }

    /** Takes one permit of the user or throws {@link RateLimitedException} with the wait until the next one. */
    void acquire(UserRef user) {
        acquire(key(user.tenant(), user.userId()), null);
    }

    /** Takes one permit of the subject (parts joined unambiguously) or throws with {@code message}. */
    void acquire(String subject, String message) {
        Duration wait = limits.take(name + ":" + subject, perWindow, window, clock.instant());
        if (!wait.isZero()) {
            throw message == null ? new RateLimitedException(wait) : new RateLimitedException(wait, message);
        }
    }

    /** Parts joined so that no two lists of parts give one key (each prefixed by its length). */
    static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part.length()).append('.').append(part).append(':');
        }
        return key.toString();
    }
}
