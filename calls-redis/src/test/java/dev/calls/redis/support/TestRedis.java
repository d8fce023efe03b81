package dev.calls.redis.support;

import dev.calls.redis.RedisCalls;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The machine's Redis (127.0.0.1:6379) under a key prefix of its own per test, so runs never meet; {@link #close}
 * deletes the prefix's keys and closes every connection made.
 */
public final class TestRedis implements AutoCloseable {
    public static final String URL = "redis://127.0.0.1:6379";

    private final String prefix = "calls-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final List<RedisCalls> opened = new ArrayList<>();

    /** A connection under this test's prefix, as one node has it. */
    public RedisCalls node() {
        RedisCalls redis = RedisCalls.builder().url(URL).keyPrefix(prefix).build();
        opened.add(redis);
        return redis;
    }

    public String prefix() {
        return prefix;
    }

    /** The keys under this prefix now. */
    public List<String> keys() {
        RedisCommands<String, String> redis = opened.isEmpty() ? node().commands() : opened.get(0).commands();
        List<String> keys = new ArrayList<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return keys;
    }

    @Override
    public void close() {
        if (!opened.isEmpty()) {
            List<String> keys = keys();
            if (!keys.isEmpty()) {
                opened.get(0).commands().del(keys.toArray(String[]::new));
            }
        }
        opened.forEach(RedisCalls::close);
    }
}
