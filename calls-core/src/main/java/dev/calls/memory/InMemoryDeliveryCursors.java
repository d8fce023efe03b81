package dev.calls.memory;

import dev.calls.spi.DeliveryCursors;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/** {@link DeliveryCursors} in memory, shared by the engines of one process that are given this instance. */
public final class InMemoryDeliveryCursors implements DeliveryCursors {
    private static final class Cursor {
        long position;
        String owner;
        Instant until = Instant.MIN;
    }

    private final Map<String, Cursor> cursors = new HashMap<>();

    @Override
    public synchronized OptionalLong lease(String name, String owner, long startAt, Instant now, Duration ttl) {
        Objects.requireNonNull(owner, "owner");
        Cursor c = cursors.computeIfAbsent(name, n -> {
            Cursor fresh = new Cursor();
            fresh.position = startAt;
            return fresh;
        });
        if (c.owner != null && !c.owner.equals(owner) && c.until.isAfter(now)) {
            return OptionalLong.empty();
        }
        c.owner = owner;
        c.until = now.plus(ttl);
        return OptionalLong.of(c.position);
    }

    @Override
    public synchronized boolean advance(String name, String owner, long position) {
        Cursor c = cursors.get(name);
        if (c == null || !owner.equals(c.owner)) {
            return false;
        }
        c.position = Math.max(c.position, position);
        return true;
    }

    @Override
    public synchronized void release(String name, String owner) {
        Cursor c = cursors.get(name);
        if (c != null && owner.equals(c.owner)) {
            c.owner = null;
            c.until = Instant.MIN;
        }
    }
}
