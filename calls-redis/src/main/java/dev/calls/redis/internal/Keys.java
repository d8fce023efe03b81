package dev.calls.redis.internal;

import java.util.Objects;

/**
 * Names of the keys and the channel, all under one prefix (so several deployments, or tests, share a Redis
 * without meeting). Each part is written with its length first, so no two lists of parts give one key whatever
 * characters tenants and user ids contain.
 */
public final class Keys {
    private final String prefix;

    public Keys(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The key of {@code kind} for these parts. */
    public String of(String kind, String... parts) {
        StringBuilder key = new StringBuilder(prefix).append(kind);
        for (String part : parts) {
            key.append(':').append(part.length()).append('.').append(part);
        }
        return key.toString();
    }

    /** The channel every node of this prefix publishes its wake-ups on. */
    public String eventsChannel() {
        return prefix + "events";
    }

    public String prefix() {
        return prefix;
    }
}
