package dev.calls;

import static dev.calls.InvalidSettingException.check;

import dev.calls.jitsi.Durations;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The engine's settings: every default and every bound lives here, once. Build one with {@link #builder()}
 * (or through {@link CallsBuilder}, which delegates to it); an impossible value fails with an
 * {@link InvalidSettingException} naming the setting.
 *
 * @param ringTimeout ringing → missed; 5 s to 180 s (default 30 s)
 * @param maxCallDuration an active call ends on its own after this; at least 1 min (default 8 h)
 * @param presenceTimeout without a heartbeat or an open stream a user is offline after this; at least 10 s
 *     (default 5 min)
 * @param idleTimeout an active call ends ({@code idle}) when everyone has left its media room for this long (as
 *     the browser client or the media server reports), or as soon as every joined participant has gone offline
 *     (no open stream, no heartbeat for the presence timeout) while nobody is reported in the room; at least
 *     10 s (default 3 min); null turns idle ending off
 * @param maxGroupSize most invitees in one call; 1 to 1000 (default 16)
 * @param startsPerMinute calls one user may start per minute; at least 1 (default 20)
 * @param ringOfflineUsers ring users without a live connection through the push notifier instead of
 *     refusing with {@code recipient_offline} (default true when a push notifier is given)
 * @param roomPrefix prefix of generated room names, {@code [a-z0-9-]}, at most 24 characters (default {@code calls})
 * @param sweepInterval how often each node looks for calls whose timeout another node missed; 100 ms to 10 min
 *     (default 5 s)
 * @param presenceFlushInterval how often presence is written behind to the store; 100 ms to 10 min (default 2 s)
 * @param announceCallPresence announce {@code presence.changed} whenever a user's in-call state changes, so
 *     presence dots turn busy and free live (default on: it reaches the devices watching that user, and the
 *     tenant's devices that watch everyone)
 * @param busyPolicy what a call to a user who is in a call does, unless the {@link dev.calls.spi.CallPolicy} says
 *     otherwise for the tenant: {@link BusyPolicy#REFUSE} (the default) or {@link BusyPolicy#WAIT}
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
        Duration presenceFlushInterval,
        boolean announceCallPresence,
        BusyPolicy busyPolicy) {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9-]{0,24}");
    public static final Duration MIN_RING_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration MAX_RING_TIMEOUT = Duration.ofSeconds(180);
    /** How long a call may stay empty before it ends on its own, unless set otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    private static final Duration MAX_INTERVAL = Duration.ofMinutes(10);

    public CallsConfig {
        between("ringTimeout", ringTimeout, MIN_RING_TIMEOUT, MAX_RING_TIMEOUT);
        atLeast("maxCallDuration", maxCallDuration, Duration.ofMinutes(1));
        atLeast("presenceTimeout", presenceTimeout, Duration.ofSeconds(10));
        if (idleTimeout != null && idleTimeout.isZero()) {
            idleTimeout = null;
        }
        if (idleTimeout != null) {
            atLeast("idleTimeout", idleTimeout, Duration.ofSeconds(10));
        }
        check(maxGroupSize >= 1 && maxGroupSize <= 1000, "maxGroupSize", "must be between 1 and 1000", maxGroupSize);
        check(startsPerMinute >= 1, "startsPerMinute", "must be at least 1", startsPerMinute);
        required("roomPrefix", roomPrefix);
        check(PREFIX.matcher(roomPrefix).matches(), "roomPrefix", "must be at most 24 of a-z, 0-9 and -",
                "'" + roomPrefix + "'");
        between("sweepInterval", sweepInterval, MIN_INTERVAL, MAX_INTERVAL);
        between("presenceFlushInterval", presenceFlushInterval, MIN_INTERVAL, MAX_INTERVAL);
        required("busyPolicy", busyPolicy);
    }

    /** The defaults. */
    public static CallsConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder().ringTimeout(ringTimeout).maxCallDuration(maxCallDuration).presenceTimeout(presenceTimeout)
                .idleTimeout(idleTimeout).maxGroupSize(maxGroupSize).startsPerMinute(startsPerMinute)
                .ringOfflineUsers(ringOfflineUsers).roomPrefix(roomPrefix).sweepInterval(sweepInterval)
                .presenceFlushInterval(presenceFlushInterval).announceCallPresence(announceCallPresence)
                .busyPolicy(busyPolicy);
    }

    private static void required(String setting, Object value) {
        if (value == null) {
            throw new InvalidSettingException(setting, setting + " is required");
        }
    }

    private static void atLeast(String setting, Duration value, Duration min) {
        required(setting, value);
        check(value.compareTo(min) >= 0, setting, "must be at least " + Durations.text(min), Durations.text(value));
    }

    private static void between(String setting, Duration value, Duration min, Duration max) {
        required(setting, value);
        check(value.compareTo(min) >= 0 && value.compareTo(max) <= 0, setting,
                "must be between " + Durations.text(min) + " and " + Durations.text(max), Durations.text(value));
    }

    /** Collects settings; {@link #build()} checks them all. Every setter documents its default and bounds. */
    public static final class Builder {
        private Duration ringTimeout = Duration.ofSeconds(30);
        private Duration maxCallDuration = Duration.ofHours(8);
        private Duration presenceTimeout = Duration.ofMinutes(5);
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxGroupSize = 16;
        private int startsPerMinute = 20;
        private Boolean ringOfflineUsers;
        private String roomPrefix = "calls";
        private Duration sweepInterval = Duration.ofSeconds(5);
        private Duration presenceFlushInterval = Duration.ofSeconds(2);
        private boolean announceCallPresence = true;
        private BusyPolicy busyPolicy = BusyPolicy.REFUSE;

        Builder() {
        }

        /** Ringing → missed after this; 5 s to 180 s (default 30 s). */
        public Builder ringTimeout(Duration ringTimeout) {
            this.ringTimeout = ringTimeout;
            return this;
        }

        /** An active call ends on its own after this; at least 1 min (default 8 h). */
        public Builder maxCallDuration(Duration maxCallDuration) {
            this.maxCallDuration = maxCallDuration;
            return this;
        }

        /** Heartbeat → offline after this; at least 10 s (default 5 min). */
        public Builder presenceTimeout(Duration presenceTimeout) {
            this.presenceTimeout = presenceTimeout;
            return this;
        }

        /**
         * End active calls whose media room has been empty this long, or whose participants have all gone
         * offline; at least 10 s (default 3 min); null or zero turns idle ending off.
         */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout == null || idleTimeout.isZero() ? null : idleTimeout;
            return this;
        }

        /** Most invitees in one call; 1 to 1000 (default 16). */
        public Builder maxGroupSize(int maxGroupSize) {
            this.maxGroupSize = maxGroupSize;
            return this;
        }

        /** Calls one user may start per minute; at least 1 (default 20). */
        public Builder startsPerMinute(int startsPerMinute) {
            this.startsPerMinute = startsPerMinute;
            return this;
        }

        /** Ring offline users through push instead of refusing (default: on when a push notifier is set). */
        public Builder ringOfflineUsers(boolean ringOfflineUsers) {
            this.ringOfflineUsers = ringOfflineUsers;
            return this;
        }

        /** Prefix of generated room names, at most 24 of {@code [a-z0-9-]} (default {@code calls}). */
        public Builder roomPrefix(String roomPrefix) {
            this.roomPrefix = roomPrefix;
            return this;
        }

        /** How often each node looks for timeouts another node missed; 100 ms to 10 min (default 5 s). */
        public Builder sweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
            return this;
        }

        /** How often presence is written behind; 100 ms to 10 min (default 2 s). */
        public Builder presenceFlushInterval(Duration presenceFlushInterval) {
            this.presenceFlushInterval = presenceFlushInterval;
            return this;
        }

        /** Announce in-call presence changes (default on); see {@link CallsConfig}. */
        public Builder announceCallPresence(boolean announceCallPresence) {
            this.announceCallPresence = announceCallPresence;
            return this;
        }

        /** What a call to a user in a call does: {@code REFUSE} (the default) or {@code WAIT} (call waiting). */
        public Builder busyPolicy(BusyPolicy busyPolicy) {
            this.busyPolicy = busyPolicy;
            return this;
        }

        /** Back to the default: on exactly when the engine has a push notifier. */
        void ringOfflineUsersByDefault() {
            this.ringOfflineUsers = null;
        }

        /** Whether {@link #ringOfflineUsers(boolean)} was called. */
        boolean ringOfflineUsersSet() {
            return ringOfflineUsers != null;
        }

        /**
         * Checks every setting.
         *
         * @throws InvalidSettingException naming the first setting at fault
         */
        public CallsConfig build() {
            return new CallsConfig(ringTimeout, maxCallDuration, presenceTimeout, idleTimeout, maxGroupSize,
                    startsPerMinute, Boolean.TRUE.equals(ringOfflineUsers), roomPrefix, sweepInterval,
                    presenceFlushInterval, announceCallPresence, busyPolicy);
        }
    }
}
