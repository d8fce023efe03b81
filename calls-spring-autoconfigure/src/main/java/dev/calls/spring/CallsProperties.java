package dev.calls.spring;

import dev.calls.BusyPolicy;
import dev.calls.CallsConfig;
import dev.calls.jitsi.JitsiSettings;
import dev.calls.meeting.MeetingSettings;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code calls.*} settings. Their defaults and bounds are core's ({@link CallsConfig},
 * {@link CallsFilterOptions}, {@link MeetingSettings}, {@link JitsiSettings}); they are checked when bound, so an
 * impossible value stops the application at start-up with a message that names the property.
 */
@ConfigurationProperties(prefix = "calls")
public class CallsProperties implements Validator {
    private static final CallsConfig ENGINE = CallsConfig.defaults();
    private static final CallsFilterOptions FILTER = CallsFilterOptions.defaults();

    /** Where the calls API, event stream, embed page and browser client answer. */
    private String basePath = FILTER.basePath();

    /**
     * Where users reach the application from outside, with its context path, such as https://app.example.com;
     * the base of links that leave the browser (meeting invitations). Unset: built from each request, which is
     * right unless a proxy in front rewrites scheme, host or port.
     */
    private String publicBaseUrl;

    /** How long a call rings before it counts as missed; between 5s and 3m. */
    private Duration ringTimeout = ENGINE.ringTimeout();

    /** How long after the last heartbeat a user without an open event stream counts as offline; at least 10s. */
    private Duration presenceTimeout = ENGINE.presenceTimeout();

    /** An active call ends on its own after this long; at least 1m. */
    private Duration maxCallDuration = ENGINE.maxCallDuration();

    /**
     * An active call ends on its own ({@code idle}) when its media room has been empty this long (browser or
     * media-server reports), or once every joined participant has gone offline with nobody in the room; at
     * least 10s; 0 turns idle ending off.
     */
    private Duration idleTimeout = ENGINE.idleTimeout();

    /** Most users one call may ring, 1 to 1000. */
    private int maxGroupSize = ENGINE.maxGroupSize();

    /** Calls one user may start per minute; more are refused with rate_limited. */
    private int startsPerMinute = ENGINE.startsPerMinute();

    /** Prefix of generated room names: lower-case letters, digits and hyphens, at most 24 characters. */
    private String roomPrefix = ENGINE.roomPrefix();

    /**
     * Ring users without a live connection through the PushNotifier bean instead of refusing with
     * recipient_offline. Default: on when a PushNotifier bean exists.
     */
    private Boolean ringOfflineUsers;

    /** Push devices one user keeps (1 to 100); registering more removes the oldest. */
    private int maxDevicesPerUser = dev.calls.CallsBuilder.DEFAULT_MAX_DEVICES_PER_USER;

    /** How often each node looks for calls whose timeout another node missed; 100ms to 10m. */
    private Duration sweepInterval = ENGINE.sweepInterval();

    /** How often presence is written behind to the store; 100ms to 10m. */
    private Duration presenceFlushInterval = ENGINE.presenceFlushInterval();

    /**
     * Announce presence.changed whenever a user's in-call state changes, so presence dots turn busy and free
     * live. It reaches the devices watching those users (the browser client watches the users its page shows),
     * and every device of the tenant that watches everyone.
     */
    private boolean announceCallPresence = ENGINE.announceCallPresence();

    /**
     * What a call to a user who is already in a call does: refuse (recipient_busy; a 1:1 call is kept in history as
     * missed, reason busy) or wait (call waiting: the busy user is rung quietly and may end the current call to
     * answer). A CallPolicy bean may decide per tenant.
     */
    private BusyPolicy busyPolicy = ENGINE.busyPolicy();

    /** The Jitsi deployment that carries the media, and how join tokens are signed. */
    @NestedConfigurationProperty
    private final JitsiProperties jitsi = new JitsiProperties();

    /** Rules for scheduled meetings. */
    @NestedConfigurationProperty
    private final MeetingsProperties meetings = new MeetingsProperties();

    /** Ringing users whose browser is closed through an HTTP endpoint of the application's own. */
    @NestedConfigurationProperty
    private final PushProperties push = new PushProperties();

    /** E-mailed meeting invitations (the calls-mail module). */
    @NestedConfigurationProperty
    private final CallsMailProperties mail = new CallsMailProperties();

    /** The calls tables. */
    @NestedConfigurationProperty
    private final SchemaProperties schema = new SchemaProperties();

    /** Media-server webhooks. */
    @NestedConfigurationProperty
    private final WebhooksProperties webhooks = new WebhooksProperties();

    /** The servlet filter. */
    @NestedConfigurationProperty
    private final ServletProperties servlet = new ServletProperties();

    /** Delivery of events stored by other nodes sharing the database. */
    @NestedConfigurationProperty
    private final RelayProperties relay = new RelayProperties();

    /** The tenant administrator's view (statistics, live calls, ending stuck calls). */
    @NestedConfigurationProperty
    private final AdminProperties admin = new AdminProperties();

    /** Redis for scale-out (calls-redis on the class path). */
    @NestedConfigurationProperty
    private final RedisProperties redis = new RedisProperties();

    /** Guest passes and the waiting room. */
    private final GuestsProperties guests = new GuestsProperties();

    @Override
    public boolean supports(Class<?> type) {
        return CallsProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        new CallsPropertiesCheck((CallsProperties) target, errors).run();
    }

    public String getBasePath() {
        return basePath;
    }

    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public Duration getPresenceFlushInterval() {
        return presenceFlushInterval;
    }

    public void setPresenceFlushInterval(Duration presenceFlushInterval) {
        this.presenceFlushInterval = presenceFlushInterval;
    }

    public BusyPolicy getBusyPolicy() {
        return busyPolicy;
    }

    public void setBusyPolicy(BusyPolicy busyPolicy) {
        this.busyPolicy = busyPolicy;
    }

    public boolean isAnnounceCallPresence() {
        return announceCallPresence;
    }

    public void setAnnounceCallPresence(boolean announceCallPresence) {
        this.announceCallPresence = announceCallPresence;
    }

    public MeetingsProperties getMeetings() {
        return meetings;
    }

    public CallsMailProperties getMail() {
        return mail;
    }

    public PushProperties getPush() {
        return push;
    }

    public Duration getRingTimeout() {
        return ringTimeout;
    }

    public void setRingTimeout(Duration ringTimeout) {
        this.ringTimeout = ringTimeout;
    }

    public Duration getPresenceTimeout() {
        return presenceTimeout;
    }

    public void setPresenceTimeout(Duration presenceTimeout) {
        this.presenceTimeout = presenceTimeout;
    }

    public Duration getMaxCallDuration() {
        return maxCallDuration;
    }

    public void setMaxCallDuration(Duration maxCallDuration) {
        this.maxCallDuration = maxCallDuration;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public int getMaxGroupSize() {
        return maxGroupSize;
    }

    public void setMaxGroupSize(int maxGroupSize) {
        this.maxGroupSize = maxGroupSize;
    }

    public int getStartsPerMinute() {
        return startsPerMinute;
    }

    public void setStartsPerMinute(int startsPerMinute) {
        this.startsPerMinute = startsPerMinute;
    }

    public String getRoomPrefix() {
        return roomPrefix;
    }

    public void setRoomPrefix(String roomPrefix) {
        this.roomPrefix = roomPrefix;
    }

    public Boolean getRingOfflineUsers() {
        return ringOfflineUsers;
    }

    public void setRingOfflineUsers(Boolean ringOfflineUsers) {
        this.ringOfflineUsers = ringOfflineUsers;
    }

    public int getMaxDevicesPerUser() {
        return maxDevicesPerUser;
    }

    public void setMaxDevicesPerUser(int maxDevicesPerUser) {
        this.maxDevicesPerUser = maxDevicesPerUser;
    }

    public JitsiProperties getJitsi() {
        return jitsi;
    }

    public SchemaProperties getSchema() {
        return schema;
    }

    public WebhooksProperties getWebhooks() {
        return webhooks;
    }

    public ServletProperties getServlet() {
        return servlet;
    }

    public RelayProperties getRelay() {
        return relay;
    }

    public AdminProperties getAdmin() {
        return admin;
    }

    public RedisProperties getRedis() {
        return redis;
    }

    public GuestsProperties getGuests() {
        return guests;
    }

    /** {@code calls.guests.*}. */
    public static class GuestsProperties {

        /**
         * The key guest passes are signed with (HMAC-SHA256), at least 32 characters, the same on every node; passes
         * stop working when it changes. Without it a random key is made at start, and guests' links stop working
         * when the application restarts.
         */
        private String secret;

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** {@code calls.admin.*}. */
    public static class AdminProperties {

        /**
         * The Spring Security authority (a role is ROLE_ plus its name) that makes a signed-in user the administrator
         * of their tenant: statistics and live calls under /admin, and ending stuck calls.
         */
        private String authority = "ROLE_CALLS_ADMIN";

        public String getAuthority() {
            return authority;
        }

        public void setAuthority(String authority) {
            this.authority = authority;
        }
    }

    /** {@code calls.schema.*}. */
    public static class SchemaProperties {

        /**
         * When the application creates or migrates the calls tables at start-up: embedded (only on embedded
         * databases such as H2), always, or never (operators run the scripts).
         */
        private SchemaInitialize initialize = SchemaInitialize.EMBEDDED;

        public SchemaInitialize getInitialize() {
            return initialize;
        }

        public void setInitialize(SchemaInitialize initialize) {
            this.initialize = initialize;
        }
    }

    /** Values of {@code calls.schema.initialize}. */
    public enum SchemaInitialize {
        /** Only on embedded databases (H2); a production database is left to its operators. */
        EMBEDDED,
        /** On every database. */
        ALWAYS,
        /** Never: the operators run the scripts (command line, Flyway, Liquibase). */
        NEVER
    }

    /** {@code calls.servlet.*}. */
    public static class ServletProperties {

        /** Order of the calls filter among the servlet filters; it must come after the authentication filters. */
        private int filterOrder = CallsFilter.DEFAULT_ORDER;

        /** How often an idle event stream gets a comment line, which keeps proxies from closing it; at least 10ms. */
        private Duration heartbeatInterval = FILTER.heartbeatInterval();

        /** Open event streams one user may hold, at least 1; a new one beyond this closes that user's oldest. */
        private int maxStreamsPerUser = FILTER.maxStreamsPerUser();

        public int getFilterOrder() {
            return filterOrder;
        }

        public void setFilterOrder(int filterOrder) {
            this.filterOrder = filterOrder;
        }

        public Duration getHeartbeatInterval() {
            return heartbeatInterval;
        }

        public void setHeartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
        }

        public int getMaxStreamsPerUser() {
            return maxStreamsPerUser;
        }

        public void setMaxStreamsPerUser(int maxStreamsPerUser) {
            this.maxStreamsPerUser = maxStreamsPerUser;
        }
    }

    /** {@code calls.meetings.*}. */
    public static class MeetingsProperties {
        private static final MeetingSettings DEFAULTS = MeetingSettings.defaults();

        /** How long before its start a meeting can be joined; 0 to 24h. */
        private Duration joinEarly = DEFAULTS.joinEarly();

        /** Longest meeting; 5m to 7d. */
        private Duration maxDuration = DEFAULTS.maxDuration();

        /** How far ahead a meeting may be scheduled; 1d to 3660d. */
        private Duration maxLeadTime = DEFAULTS.maxLeadTime();

        /** Longest meeting title in characters; 1 to 1000. */
        private int maxTitleLength = DEFAULTS.maxTitleLength();

        public Duration getJoinEarly() {
            return joinEarly;
        }

        public void setJoinEarly(Duration joinEarly) {
            this.joinEarly = joinEarly;
        }

        public Duration getMaxDuration() {
            return maxDuration;
        }

        public void setMaxDuration(Duration maxDuration) {
            this.maxDuration = maxDuration;
        }

        public Duration getMaxLeadTime() {
            return maxLeadTime;
        }

        public void setMaxLeadTime(Duration maxLeadTime) {
            this.maxLeadTime = maxLeadTime;
        }

        public int getMaxTitleLength() {
            return maxTitleLength;
        }

        public void setMaxTitleLength(int maxTitleLength) {
            this.maxTitleLength = maxTitleLength;
        }
    }

    /** {@code calls.push.*}. */
    public static class PushProperties {

        /**
         * Endpoint of the application's own that relays invitations and cancellations to FCM, APNs or a push
         * service; each is POSTed as JSON signed with X-Calls-Signature. Unset: no push notifier is created.
         */
        private String url;

        /** Signing secret of the push messages, at least 16 characters; required with url. */
        private String secret;

        /** Firebase Cloud Messaging HTTP v1, on when service-account and project-id are set. */
        @NestedConfigurationProperty
        private final PushFcmProperties fcm = new PushFcmProperties();

        /** Apple Push Notification service with token auth, on when key, key-id, team-id and topic are set. */
        @NestedConfigurationProperty
        private final PushApnsProperties apns = new PushApnsProperties();

        public PushFcmProperties getFcm() {
            return fcm;
        }

        public PushApnsProperties getApns() {
            return apns;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** {@code calls.relay.*}. */
    public static class RelayProperties {

        /**
         * Deliver events through the shared event table, so devices connected to any node hear of every call.
         * Needs the JPA stores; turn it off for a single node to save the polling.
         */
        private boolean enabled = true;

        /** How often the event table is read when no notification arrives (PostgreSQL notifies at once). */
        private Duration pollInterval = Duration.ofMillis(250);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }
    }

    /** {@code calls.redis.*}. */
    public static class RedisProperties {

        /**
         * Use Redis for cross-node event wake-ups, presence, webhook de-duplication and rate limits when calls-redis
         * is on the class path and Redis is configured (calls.redis.url, or the application's Lettuce connection).
         */
        private boolean enabled = true;

        /**
         * The Redis server, e.g. redis://:secret@host:6379/0 (rediss:// for TLS). Wins over the application's
         * Lettuce connection factory, whose server is used otherwise.
         */
        private String url;

        /** The start of every key and channel Calls writes, so several deployments can share one Redis. */
        private String keyPrefix = "calls:";

        /** How often the event table is read when no wake-up arrives through Redis. */
        private Duration pollInterval = Duration.ofSeconds(1);

        /** How long a user's presence is kept in Redis after its last change or sign of life. */
        private Duration presenceRetention = Duration.ofDays(30);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getKeyPrefix() {
            return keyPrefix;
        }

        public void setKeyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getPresenceRetention() {
            return presenceRetention;
        }

        public void setPresenceRetention(Duration presenceRetention) {
            this.presenceRetention = presenceRetention;
        }
    }
}
