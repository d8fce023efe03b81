package dev.calls.redis;

import dev.calls.redis.internal.Failures;
import dev.calls.redis.internal.Keys;
import dev.calls.redis.internal.Script;
import dev.calls.webhook.SeenKeys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Webhook delivery keys in Redis, so a retry that reaches another node is still recognised. A claim is one
 * script: the key holds the instant its claim lapses (by the engine's clock) and expires in Redis after the
 * retention. Long keys are stored by their SHA-256. Thread-safe.
 */
public final class RedisSeenKeys implements SeenKeys {
    private static final int LONGEST_KEPT_AS_IS = 200;
    private static final Script CLAIM = new Script("""
            local lapses = redis.call('GET', KEYS[1])
            if lapses and tonumber(lapses) > tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Clock clock;
    private final Duration retention;

    RedisSeenKeys(RedisCommands<String, String> redis, Keys keys, Clock clock, Duration retention) {
        if (retention.toMillis() < 1) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public boolean claim(String key) {
        long now = clock.millis();
        Long claimed = Failures.storage("webhook keys", () -> CLAIM.<Long>run(redis, new String[] {redisKey(key)},
                Long.toString(now), Long.toString(now + retention.toMillis()), Long.toString(retention.toMillis())));
        return claimed != null && claimed == 1L;
    }

    @Override
    public void release(String key) {
        Failures.storage("webhook keys", () -> redis.del(redisKey(key)));
    }

    private String redisKey(String key) {
        if (key.length() <= LONGEST_KEPT_AS_IS) {
            return keys.of("seen", key);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return keys.of("seen-sha256", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
