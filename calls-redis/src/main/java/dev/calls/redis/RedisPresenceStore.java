package dev.calls.redis;

import dev.calls.StorageException;
import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.presence.PresenceStatus;
import dev.calls.redis.internal.Failures;
import dev.calls.redis.internal.Keys;
import dev.calls.redis.internal.Script;
import dev.calls.spi.PresenceStore;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Presence as soft state in Redis: one hash per user (status {@code s}, message {@code m}, available {@code a},
 * do-not-disturb {@code d}, last seen {@code t} in epoch milliseconds, settings version {@code v}) that expires
 * {@code retention} after its last write, and per tenant a sorted set of user ids by last seen for
 * {@link #findSeenSince}. Signs of life (heartbeats, stream opens, written behind in batches by the engine) and
 * settings go here, never to the database. Every write is one script, so {@code lastSeen} only moves forward;
 * {@link #update} is a compare-and-set on the settings version, retried after a lost race. Thread-safe.
 */
public final class RedisPresenceStore implements PresenceStore {
    /** How long presence is kept after its last write when not set. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    private static final int MAX_ATTEMPTS = 1_000;

    /** KEYS: hash, seen set. ARGV: s, '' or '=' message, a, d, last seen or '', user id, ttl, expected v or ''. */
    private static final Script WRITE = new Script("""
            if ARGV[8] ~= '' and (redis.call('HGET', KEYS[1], 'v') or '0') ~= ARGV[8] then return {0, ''} end
            redis.call('HSET', KEYS[1], 's', ARGV[1], 'a', ARGV[3], 'd', ARGV[4])
            if ARGV[2] == '' then redis.call('HDEL', KEYS[1], 'm')
            else redis.call('HSET', KEYS[1], 'm', string.sub(ARGV[2], 2)) end
            redis.call('HINCRBY', KEYS[1], 'v', 1)
            local old = tonumber(redis.call('HGET', KEYS[1], 't') or '')
            if ARGV[5] ~= '' and (old == nil or tonumber(ARGV[5]) > old) then
              redis.call('HSET', KEYS[1], 't', ARGV[5])
              redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
              redis.call('PEXPIRE', KEYS[2], ARGV[7])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[7])
            return {1, redis.call('HGET', KEYS[1], 't') or ''}
            """, ScriptOutputType.MULTI);

    /** KEYS: hash, seen set. ARGV: last seen, user id, ttl, initial s, a, d. */
    private static final Script TOUCH = new Script("""
            if redis.call('EXISTS', KEYS[1]) == 0 then
              redis.call('HSET', KEYS[1], 's', ARGV[4], 'a', ARGV[5], 'd', ARGV[6], 'v', 0)
            end
            local old = tonumber(redis.call('HGET', KEYS[1], 't') or '')
            if old == nil or tonumber(ARGV[1]) > old then
              redis.call('HSET', KEYS[1], 't', ARGV[1])
              redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
              redis.call('PEXPIRE', KEYS[2], ARGV[3])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """, ScriptOutputType.INTEGER);

    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Duration retention;

    RedisPresenceStore(StatefulRedisConnection<String, String> connection, Keys keys, Duration retention) {
        this.connection = connection;
        this.redis = connection.sync();
        this.keys = keys;
        this.retention = retention;
    }

    private String hash(UserRef user) {
        return keys.of("presence", user.tenant(), user.userId());
    }

    private String seenSet(String tenant) {
        return keys.of("presence-seen", tenant);
    }

    @Override
    public Optional<Presence> find(UserRef user) {
        return Failures.storage("presence", () -> Optional.ofNullable(parse(user, redis.hgetall(hash(user)))));
    }

    @Override
    public List<Presence> find(String tenant, Collection<String> userIds) {
        return Failures.storage("presence", () -> findAll(tenant, List.copyOf(userIds)));
    }

    /** One pipelined round of {@code HGETALL}s. */
    private List<Presence> findAll(String tenant, List<String> userIds) {
        RedisAsyncCommands<String, String> async = connection.async();
        List<RedisFuture<Map<String, String>>> replies = new ArrayList<>(userIds.size());
        for (String id : userIds) {
            replies.add(async.hgetall(hash(UserRef.of(tenant, id))));
        }
        List<Presence> found = new ArrayList<>();
        for (int i = 0; i < userIds.size(); i++) {
            Presence p = parse(UserRef.of(tenant, userIds.get(i)), await(replies.get(i)));
            if (p != null) {
                found.add(p);
            }
        }
        return found;
    }

    private <T> T await(RedisFuture<T> reply) {
        try {
            return reply.get(connection.getTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RedisException r) {
                throw r;
            }
            throw new RedisException(e.getCause());
        } catch (TimeoutException e) {
            throw new RedisCommandTimeoutException("no answer within " + connection.getTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException(e);
        }
    }

    @Override
    public void save(Presence presence) {
        Failures.storage("presence", () -> write(presence, ""));
    }

    /** Writes the settings (if the version is still {@code expected}, unless empty); returns the stored last seen. */
    private Optional<Optional<Instant>> write(Presence p, String expected) {
        String message = p.message() == null ? "" : "=" + p.message();
        String seen = p.lastSeen() == null ? "" : Long.toString(p.lastSeen().toEpochMilli());
        List<Object> result = WRITE.run(redis, new String[] {hash(p.user()), seenSet(p.user().tenant())},
                p.status().name(), message, flag(p.available()), flag(p.doNotDisturb()), seen, p.user().userId(),
                Long.toString(retention.toMillis()), expected);
        if (result == null || ((Long) result.get(0)) == 0L) {
            return Optional.empty();
        }
        String stored = (String) result.get(1);
        return Optional.of(stored == null || stored.isEmpty() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(Long.parseLong(stored))));
    }

    @Override
    public Presence update(UserRef user, UnaryOperator<Presence> change) {
        return Failures.storage("presence", () -> updateOnce(user, change));
    }

    private Presence updateOnce(UserRef user, UnaryOperator<Presence> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, String> fields = redis.hgetall(hash(user));
            Presence current = parse(user, fields);
            String version = fields.getOrDefault("v", "0");
            Presence next = change.apply(current != null ? current : Presence.initial(user));
            if (next == null || !next.user().equals(user)) {
                throw new IllegalArgumentException("the change must return a presence of " + user);
            }
            Optional<Optional<Instant>> written = write(next, version);
            if (written.isPresent()) {
                return new Presence(user, next.status(), next.message(), next.available(), next.doNotDisturb(),
                        written.get().orElse(null));
            }
        }
        throw new StorageException("presence of " + user + " changed concurrently " + MAX_ATTEMPTS + " times", null);
    }

    /** Pipelined: one round trip for the whole batch, however many users it holds. */
    @Override
    public void touch(Map<UserRef, Instant> lastSeen) {
        Presence initial = Presence.initial(UserRef.of("-", "-"));
        String ttl = Long.toString(retention.toMillis());
        Failures.storage("presence", () -> {
            try {
                touchAll(lastSeen, initial, ttl);
            } catch (RedisNoScriptException e) {
                // the server restarted since the script was loaded
                TOUCH.load(redis);
                touchAll(lastSeen, initial, ttl);
            }
        });
    }

    /** One pipelined round of scripts, one per user; idempotent, so a repeat after NOSCRIPT is harmless. */
    private void touchAll(Map<UserRef, Instant> lastSeen, Presence initial, String ttl) {
        RedisAsyncCommands<String, String> async = connection.async();
        List<RedisFuture<Long>> replies = new ArrayList<>(lastSeen.size());
        lastSeen.forEach((user, at) -> replies.add(TOUCH.runAsync(async,
                new String[] {hash(user), seenSet(user.tenant())}, Long.toString(at.toEpochMilli()), user.userId(), ttl,
                initial.status().name(), flag(initial.available()), flag(initial.doNotDisturb()))));
        replies.forEach(this::await);
    }

    @Override
    public List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        return Failures.storage("presence", () -> seenSince(tenant, seenSince, afterUserId, limit));
    }

    private List<Presence> seenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        long since = seenSince.toEpochMilli();
        List<String> ids = new ArrayList<>(redis.zrangebyscore(seenSet(tenant),
                Range.create((double) since, Double.POSITIVE_INFINITY)));
        ids.sort(null);
        List<String> candidates = ids.stream().filter(id -> afterUserId == null || id.compareTo(afterUserId) > 0)
                .toList();
        List<Presence> page = new ArrayList<>();
        // a member whose hash expired (or moved back in a race) is skipped: read a page's worth at a time
        for (int from = 0; from < candidates.size() && page.size() < limit; from += limit) {
            for (Presence p : findAll(tenant, candidates.subList(from, Math.min(candidates.size(), from + limit)))) {
                if (page.size() < limit && p.lastSeen() != null && p.lastSeen().toEpochMilli() >= since) {
                    page.add(p);
                }
            }
        }
        return page;
    }

    private static Presence parse(UserRef user, Map<String, String> f) {
        if (f == null || f.get("s") == null) {
            return null;
        }
        String seen = f.get("t");
        return new Presence(user, PresenceStatus.valueOf(f.get("s")), f.get("m"), "1".equals(f.get("a")),
                "1".equals(f.get("d")), seen == null ? null : Instant.ofEpochMilli(Long.parseLong(seen)));
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }
}
