package dev.calls.examples.servlet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.calls.CallsBuilder;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.jpa.schema.SchemaInitialization;
import dev.calls.jpa.schema.SchemaStatus;
import dev.calls.redis.RedisCalls;
import dev.calls.webhook.SeenKeys;
import java.time.Clock;

/**
 * Where the example keeps calls, events, presence and meetings: an H2 file under {@code ./data/} unless
 * {@code calls.datasource.url} (with {@code .username} and {@code .password}) names another database, such
 * as PostgreSQL or MariaDB. {@code calls.schema.initialize} says whether the tables are created at start-up:
 * {@code embedded} (the default: only H2), {@code always} or {@code never}. Events reach this node's
 * browsers through the relay, so several copies of the app can share one database. With {@code calls.redis.url}
 * (and optionally {@code calls.redis.key-prefix}) Redis wakes the copies instead, and keeps presence, the rate
 * limits and the webhook keys they share; calls and events stay in the database.
 */
final class Database implements AutoCloseable {
    /** The default: a file database in the working directory's {@code data} folder. */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/calls;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

    private final HikariDataSource pool;
    private final JpaCalls jpa;
    private final String where;
    private final boolean installed;
    private final RedisCalls redis;
    private final String redisWhere;

    private Database(HikariDataSource pool, JpaCalls jpa, String where, boolean installed, RedisCalls redis,
            String redisWhere) {
        this.pool = pool;
        this.jpa = jpa;
        this.where = where;
        this.installed = installed;
        this.redis = redis;
        this.redisWhere = redisWhere;
    }

    /**
     * Connects, applies {@code calls.schema.initialize} and checks the schema is current.
     *
     * @throws IllegalStateException with an operator's message when the database is unreachable or the
     *     schema is missing or out of date and may not be created here
     */
    static Database open(Settings settings) {
        // Hibernate logs through SLF4J like the rest of the app.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String url = settings.get("calls.datasource.url", DEFAULT_URL);
        String where = redact(url);
        SchemaInitialization mode = SchemaInitialization.parse(settings.get("calls.schema.initialize", null));
        HikariDataSource pool = pool(url, settings.get("calls.datasource.username", url.equals(DEFAULT_URL) ? "sa" : null),
                settings.get("calls.datasource.password", null));
        try {
            JpaCalls jpa = JpaCalls.builder().dataSource(pool).build();
            try {
                boolean installed = jpa.initialize(mode);
                SchemaStatus status = jpa.status();
                if (!status.upToDate()) {
                    throw new IllegalStateException("the calls tables in " + where + " are "
                            + (status.installed() ? "at version " + status.installedVersion() + ", this app needs "
                                    + status.latestVersion() : "not installed")
                            + "; run dev.calls.jpa.cli.SchemaTool install, or start with calls.schema.initialize=always");
                }
                String redisUrl = settings.get("calls.redis.url", null);
                RedisCalls redis = redisUrl == null ? null : redis(redisUrl,
                        settings.get("calls.redis.key-prefix", RedisCalls.DEFAULT_PREFIX));
                return new Database(pool, jpa, where, installed, redis, redisUrl == null ? null : redact(redisUrl));
            } catch (RuntimeException e) {
                jpa.close();
                throw e;
            }
        } catch (dev.calls.StorageException e) {
            pool.close();
            throw new IllegalStateException("cannot use the calls database " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Connects to Redis. A failure names the redacted URL and the kinds of the causes only: their messages may
     * quote the whole URL, password included (a malformed one comes back verbatim from {@code URI.create}).
     */
    static RedisCalls redis(String url, String prefix) {
        RedisCalls redis;
        try {
            redis = RedisCalls.builder().url(url).keyPrefix(prefix).build();
        } catch (RuntimeException e) {
            StringBuilder kinds = new StringBuilder();
            for (Throwable t = e; t != null && kinds.length() < 300; t = t.getCause()) {
                kinds.append(kinds.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            }
            throw new IllegalStateException("cannot use Redis at " + redact(url) + " (malformed or unreachable: "
                    + kinds + ")");
        }
        if (!redis.ping()) {
            redis.close();
            throw new IllegalStateException("Redis at " + redact(url) + " does not answer");
        }
        return redis;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("calls");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        // A request waits at most this long for a connection, then gets 503 storage_unavailable.
        config.setConnectionTimeout(5_000);
        // An unreachable database is reported by open() with its name, not by the pool's constructor.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** The URL without credentials or options, for messages and the banner. */
    static String redact(String url) {
        String base = url.split("[?;]", 2)[0];
        int scheme = base.indexOf("//");
        int at = base.lastIndexOf('@');
        return scheme >= 0 && at > scheme ? base.substring(0, scheme + 2) + "…" + base.substring(at) : base;
    }

    /** Puts the stores and the relay (or with Redis its transport, presence store and rate limits) into the engine. */
    CallsBuilder wire(CallsBuilder builder) {
        builder.callStore(jpa.callStore())
                .meetingStore(jpa.meetingStore())
                .adminStore(jpa.adminStore())
                .deviceStore(jpa.deviceStore())
                .guestStore(jpa.guestStore());
        if (redis == null) {
            RelayEventTransport relay = jpa.relay();
            return builder.presenceStore(jpa.presenceStore()).eventTransport(relay);
        }
        return builder.presenceStore(redis.presenceStore())
                .rateLimits(redis.rateLimits())
                .eventTransport(redis.eventTransport(jpa.callStore()).build());
    }

    /** Media-server deliveries seen by any copy of the app: in Redis with it, else in the database. */
    SeenKeys seenKeys() {
        return redis != null ? redis.seenKeys(Clock.systemUTC(), dev.calls.webhook.InMemorySeenKeys.DEFAULT_RETENTION)
                : jpa.seenKeys();
    }

    /** How the copies of the app share events, presence and limits, for the banner. */
    String scaleOut() {
        return redis != null ? "Redis at " + redisWhere + " (event wake-ups, presence, rate limits, webhook keys)"
                : "the database (the relay wakes the copies of the app)";
    }

    /** The Redis connection, when {@code calls.redis.url} is set. */
    RedisCalls redis() {
        return redis;
    }

    /** Where the data lives, without credentials. */
    String where() {
        return where;
    }

    /** Whether this start created or migrated the tables. */
    boolean installedNow() {
        return installed;
    }

    JpaCalls jpa() {
        return jpa;
    }

    @Override
    public void close() {
        jpa.close();
        pool.close();
        if (redis != null) {
            redis.close();
        }
    }
}
