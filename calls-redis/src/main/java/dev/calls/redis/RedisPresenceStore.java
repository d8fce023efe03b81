package dev.calls.redis;

import dev.calls.StorageException;
import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.presence.PresenceStatus;
import dev.calls.redis.internal.Keys;
import dev.calls.redis.internal.Script;
import dev.calls.spi.PresenceStore;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Duration retention;

    RedisPresenceStore(RedisCommands<String, String> redis, Keys keys, Duration retention) {
        this.redis = redis;
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
        return Optional.ofNullable(parse(user, redis.hgetall(hash(user))));
    }

    @Override
    public List<Presence> find(String tenant, Collection<String> userIds) {
        List<Presence> found = new ArrayList<>();
        for (String id : userIds) {
            find(UserRef.of(tenant, id)).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public void save(Presence presence) {
        write(presence, "");
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

    @Override
    public void touch(Map<UserRef, Instant> lastSeen) {
        Presence initial = Presence.initial(UserRef.of("-", "-"));
        String ttl = Long.toString(retention.toMillis());
        lastSeen.forEach((user, at) -> TOUCH.run(redis, new String[] {hash(user), seenSet(user.tenant())},
                Long.toString(at.toEpochMilli()), user.userId(), ttl, initial.status().name(),
                flag(initial.available()), flag(initial.doNotDisturb())));
    }

    @Override
    public List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        long since = seenSince.toEpochMilli();
        List<String> ids = new ArrayList<>(redis.zrangebyscore(seenSet(tenant),
                Range.create((double) since, Double.POSITIVE_INFINITY)));
        ids.sort(null);
        List<Presence> page = new ArrayList<>();
        for (String id : ids) {
            if (page.size() >= limit) {
                break;
            }
            if (afterUserId != null && id.compareTo(afterUserId) <= 0) {
                continue;
            }
            find(UserRef.of(tenant, id))
                    .filter(p -> p.lastSeen() != null && p.lastSeen().toEpochMilli() >= since)
                    .ifPresent(page::add);
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
