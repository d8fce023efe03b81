package dev.calls.redis.internal;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script run by its digest, sent whole only when the server does not have it (after a restart). */
public final class Script {
    private final String body;
    private final String sha;
    private final ScriptOutputType output;

    public Script(String body, ScriptOutputType output) {
        this.body = body;
        this.output = output;
        try {
            this.sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script on these keys and arguments. */
    public <T> T run(RedisCommands<String, String> redis, String[] keys, String... args) {
        try {
            return redis.evalsha(sha, output, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(body, output, keys, args);
        }
    }

    /**
     * Sends the script by its digest without waiting (for pipelining many runs); call {@link #load} first, and
     * again and repeat if a run fails with {@code NOSCRIPT} (the server restarted meanwhile).
     */
    public <T> RedisFuture<T> runAsync(RedisAsyncCommands<String, String> redis, String[] keys, String... args) {
        return redis.evalsha(sha, output, keys, args);
    }

    /** Makes sure the server has the script. */
    public void load(RedisCommands<String, String> redis) {
        redis.scriptLoad(body);
    }
}
