package dev.calls.redis;

import dev.calls.redis.internal.Keys;
import dev.calls.spi.CallStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Redis as the scale-out engine of Calls: one client and connection (Lettuce, thread-safe and pipelined) shared
 * by the adapters it makes, every key under one prefix.
 *
 * <pre>{@code
 * RedisCalls redis = RedisCalls.builder().url("redis://127.0.0.1:6379").build();
 * Calls calls = Calls.builder()
 *         .callStore(jpa.callStore())                       // claims that decide call state stay in the database
 *         .eventTransport(redis.eventTransport(jpa.callStore()).build())
 *         .presenceStore(redis.presenceStore())
 *         .rateLimits(redis.rateLimits())
 *         ...
 * }</pre>
 *
 * <p>What lives in Redis is soft state: losing it loses no call and no event (events are in the call store's log;
 * presence settings fall back to their defaults, seen webhook keys and rate counters start over). Thread-safe.
 * {@link #close()} closes the connection, and the client when this object made it.
 */
public final class RedisCalls implements AutoCloseable {
    /** The key prefix when none is set. */
    public static final String DEFAULT_PREFIX = "calls:";

    private final RedisClient client;
    private final boolean ownsClient;
    /** Where to connect, from {@link Builder#url}; null for the client's default URI. */
    private final RedisURI uri;
    private final StatefulRedisConnection<String, String> connection;
    private final Keys keys;
    private final Duration presenceRetention;
    private volatile RedisPresenceStore presence;

    private RedisCalls(Builder b) {
        this.uri = b.url != null ? RedisURI.create(b.url) : null;
        if (b.client != null) {
            this.client = b.client;
            this.ownsClient = false;
        } else {
            Objects.requireNonNull(uri, "url or client is required");
            this.client = b.resources != null ? RedisClient.create(b.resources, uri) : RedisClient.create(uri);
            this.ownsClient = true;
            // fail fast while Redis is away (the API answers 503) instead of queueing commands for a minute
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(b.commandTimeout)).build());
        }
        try {
            // the same server for commands here and for the event transport's subscription
            this.connection = uri != null ? client.connect(uri) : client.connect();
            connection.setTimeout(b.commandTimeout);
        } catch (RuntimeException e) {
            if (ownsClient) {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
            throw e;
        }
        this.keys = new Keys(b.prefix);
        this.presenceRetention = b.presenceRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Presence settings and signs of life in Redis, kept {@link Builder#presenceRetention} after the last write. */
    public RedisPresenceStore presenceStore() {
        RedisPresenceStore p = presence;
        if (p == null) {
            synchronized (this) {
                if (presence == null) {
                    presence = new RedisPresenceStore(connection, keys, presenceRetention);
                }
                p = presence;
            }
        }
        return p;
    }

    /** Webhook delivery keys shared by every node, each remembered for {@code retention} by {@code clock}. */
    public RedisSeenKeys seenKeys(Clock clock, Duration retention) {
        return new RedisSeenKeys(connection.sync(), keys, clock, retention);
    }

    /** The counters of the start and ring-again limits, shared by every node. */
    public RedisRateLimits rateLimits() {
        return new RedisRateLimits(connection.sync(), keys);
    }

    /**
     * A transport that delivers every node's events to this node's devices, read from {@code log} (the call store
     * all nodes share) and woken through Redis; {@link RedisEventTransport.Builder#build()} starts it.
     */
    public RedisEventTransport.Builder eventTransport(CallStore log) {
        return new RedisEventTransport.Builder(client, uri, connection, keys, log);
    }

    /** Whether Redis answers now. */
    public boolean ping() {
        try {
            return "PONG".equals(commands().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The commands of the shared connection (for operations and tests). */
    public RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /** The event loops and timers the client runs on (the host's, when given). */
    public ClientResources clientResources() {
        return client.getResources();
    }

    /** The prefix of every key and channel. */
    public String prefix() {
        return keys.prefix();
    }

    @Override
    public void close() {
        connection.close();
        if (ownsClient) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    /** Where Redis is and how keys are named. */
    public static final class Builder {
        private String url;
        private RedisClient client;
        private ClientResources resources;
        private String prefix = DEFAULT_PREFIX;
        private Duration presenceRetention = RedisPresenceStore.DEFAULT_RETENTION;
        private Duration commandTimeout = Duration.ofSeconds(2);

        private Builder() {
        }

        /** The server, e.g. {@code redis://:secret@host:6379/0} or {@code rediss://…} for TLS. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * A client of the host's to connect with (not shut down on {@link #close()}); with {@link #url} it connects
         * there, else to the client's default URI.
         */
        public Builder client(RedisClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The host's event loops and timers for the client this makes from {@link #url} (not shut down here). */
        public Builder clientResources(ClientResources resources) {
            this.resources = Objects.requireNonNull(resources, "resources");
            return this;
        }

        /** The start of every key and channel (default {@code calls:}). */
        public Builder keyPrefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** How long presence is kept after its last write (default 30 days). */
        public Builder presenceRetention(Duration retention) {
            if (retention.toMillis() < 1) {
                throw new IllegalArgumentException("presenceRetention must be positive");
            }
            this.presenceRetention = retention;
            return this;
        }

        /**
         * How long a command may take before it fails as storage unavailable (default 2 s). A client made here
         * also refuses commands at once while disconnected rather than queueing them.
         */
        public Builder commandTimeout(Duration timeout) {
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("commandTimeout must be positive");
            }
            this.commandTimeout = timeout;
            return this;
        }

        /** Connects. */
        public RedisCalls build() {
            if (url == null && client == null) {
                throw new IllegalStateException("url or client is required");
            }
            return new RedisCalls(this);
        }
    }
}
