package dev.calls.redis.internal;

import dev.calls.StorageException;
import io.lettuce.core.RedisException;
import java.util.function.Supplier;

/**
 * Redis unreachable, timed out or refusing: the engine's {@link StorageException} (the API answers
 * {@code 503 storage_unavailable}), never a bare client exception.
 */
public final class Failures {
    private Failures() {
    }

    /** Runs {@code call}, turning a Redis failure into a {@link StorageException} naming {@code what}. */
    public static <T> T storage(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            throw new StorageException("Redis unavailable for " + what + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #storage(String, Supplier)}, for a call without a result. */
    public static void storage(String what, Runnable call) {
        storage(what, () -> {
            call.run();
            return null;
        });
    }
}
