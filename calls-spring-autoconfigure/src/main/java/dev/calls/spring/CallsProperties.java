package dev.calls.spring;

import dev.calls.servlet.CallsFilter;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code calls.*} settings. Checked when they are bound: an impossible value stops the application at
 * start-up with a message that names the property.
 */
@ConfigurationProperties(prefix = "calls")
public class CallsProperties implements Validator {

    /** Where the calls API, event stream, embed page and browser client answer. */
    private String basePath = "/api/calls";

    /** How long a call rings before it counts as missed; between 5s and 180s. */
    private Duration ringTimeout = Duration.ofSeconds(30);

    /** How long after the last heartbeat a user without an open event stream counts as offline; at least 10s. */
    private Duration presenceTimeout = Duration.ofMinutes(5);

    /** An active call ends on its own after this long; at least 1m. */
    private Duration maxCallDuration = Duration.ofHours(8);

    /**
     * An active call whose media room has been empty this long ends on its own; needs media-server webhooks or
     * browser reports. Unset: off.
     */
    private Duration idleTimeout;

    /** Most users one call may ring, 1 to 1000. */
    private int maxGroupSize = 16;

    /** Calls one user may start per minute; more are refused with rate_limited. */
    private int startsPerMinute = 20;

    /** Prefix of generated room names: lower-case letters, digits and hyphens, at most 24 characters. */
    private String roomPrefix = "calls";

    /**
     * Ring users without a live connection through the PushNotifier bean instead of refusing with
     * recipient_offline. Default: on when a PushNotifier bean exists.
     */
    private Boolean ringOfflineUsers;

    /** The Jitsi deployment that carries the media, and how join tokens are signed. */
    @NestedConfigurationProperty
    private final JitsiProperties jitsi = new JitsiProperties();

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

        /** How often an idle event stream gets a comment line, which keeps proxies from closing it. */
        private Duration heartbeatInterval = Duration.ofSeconds(25);

        /** Open event streams one user may hold; a new one beyond this closes that user's oldest. */
        private int maxStreamsPerUser = 10;

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
}
