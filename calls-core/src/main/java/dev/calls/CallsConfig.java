package dev.calls;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The engine's settings, checked once when the engine is built. Build one with {@link Calls#builder()}.
 *
 * @param ringTimeout ringing → missed; 5 s to 180 s (default 30 s)
 * @param maxCallDuration an active call ends on its own after this (default 8 h)
 * @param presenceTimeout without a heartbeat or an open stream a user is offline after this (default 5 min)
 * @param idleTimeout an active call in whose media room nobody has been reported for this long ends
 *     ({@code idle}); null turns this off (the default, as it needs media-server or browser reports)
 * @param maxGroupSize most invitees in one call (default 16)
 * @param startsPerMinute calls one user may start per minute (default 20)
 * @param ringOfflineUsers ring users without a live connection through the push notifier instead of
 *     refusing with {@code recipient_offline} (default true when a push notifier is given)
 * @param roomPrefix prefix of generated room names, {@code [a-z0-9-]}, at most 24 characters (default {@code calls})
 * @param sweepInterval how often each node looks for calls whose timeout another node missed (default 5 s)
 * @param presenceFlushInterval how often presence is written behind to the store (default 2 s)
 */
public record CallsConfig(
        Duration ringTimeout,
        Duration maxCallDuration,
        Duration presenceTimeout,
        Duration idleTimeout,
        int maxGroupSize,
        int startsPerMinute,
        boolean ringOfflineUsers,
        String roomPrefix,
        Duration sweepInterval,
        Duration presenceFlushInterval) {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9-]{0,24}");
    public static final Duration MIN_RING_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration MAX_RING_TIMEOUT = Duration.ofSeconds(180);

    public CallsConfig {
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        Objects.requireNonNull(maxCallDuration, "maxCallDuration");
        Objects.requireNonNull(presenceTimeout, "presenceTimeout");
        Objects.requireNonNull(roomPrefix, "roomPrefix");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(presenceFlushInterval, "presenceFlushInterval");
        if (ringTimeout.compareTo(MIN_RING_TIMEOUT) < 0 || ringTimeout.compareTo(MAX_RING_TIMEOUT) > 0) {
            throw new IllegalArgumentException("ringTimeout must be between 5s and 180s, was " + ringTimeout);
        }
        if (maxCallDuration.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("maxCallDuration must be at least 1 minute, was " + maxCallDuration);
        }
        if (presenceTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("presenceTimeout must be at least 10s, was " + presenceTimeout);
        }
        if (idleTimeout != null && idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("idleTimeout must be at least 10s, was " + idleTimeout);
        }
        if (maxGroupSize < 1 || maxGroupSize > 1000) {
            throw new IllegalArgumentException("maxGroupSize must be between 1 and 1000, was " + maxGroupSize);
        }
        if (startsPerMinute < 1) {
            throw new IllegalArgumentException("startsPerMinute must be positive, was " + startsPerMinute);
        }
        if (!PREFIX.matcher(roomPrefix).matches()) {
            throw new IllegalArgumentException("roomPrefix must match [a-z0-9-]{0,24}, was '" + roomPrefix + "'");
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweepInterval must be positive");
        }
        if (presenceFlushInterval.isNegative() || presenceFlushInterval.isZero()) {
            throw new IllegalArgumentException("presenceFlushInterval must be positive");
        }
    }

    /** The defaults. */
    public static CallsConfig defaults() {
        return new CallsConfig(Duration.ofSeconds(30), Duration.ofHours(8), Duration.ofMinutes(5), null, 16, 20,
                false, "calls", Duration.ofSeconds(5), Duration.ofSeconds(2));
    }
}
