package dev.calls.redis;

import dev.calls.memory.InMemoryRateLimits;
import dev.calls.redis.internal.Failures;
import dev.calls.redis.internal.Keys;
import dev.calls.redis.internal.Script;
import dev.calls.spi.RateLimits;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Rate-limit counters in Redis, shared by every node: the generic cell rate algorithm of
 * {@link InMemoryRateLimits} in one script per take (so concurrent takes on any node are serialized by Redis),
 * in whole "milliseconds times limit". A key expires once its bucket would be full again. Thread-safe.
 */
public final class RedisRateLimits implements RateLimits {
    private static final Script TAKE = new Script("""
            local t = tonumber(ARGV[1])
            local cost = tonumber(ARGV[2])
            local span = tonumber(ARGV[3])
            local full = tonumber(redis.call('GET', KEYS[1]) or ARGV[1])
            if full < t then full = t end
            local nxt = full + cost
            if nxt - t > span then return nxt - span - t end
            redis.call('SET', KEYS[1], string.format('%.0f', nxt), 'PX', ARGV[4])
            return 0
            """, ScriptOutputType.INTEGER);

    private final RedisCommands<String, String> redis;
    private final Keys keys;

    RedisRateLimits(RedisCommands<String, String> redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Duration take(String key, int limit, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        InMemoryRateLimits.check(limit, window);
        long windowMs = window.toMillis();
        Long wait = Failures.storage("rate limits", () -> TAKE.<Long>run(redis, new String[] {keys.of("rate", key)},
                Long.toString(now.toEpochMilli() * limit), Long.toString(windowMs), Long.toString(windowMs * limit),
                Long.toString(windowMs)));
        long scaled = wait == null ? 0 : wait;
        return scaled <= 0 ? Duration.ZERO : Duration.ofMillis((scaled + limit - 1) / limit);
    }
}
