package dev.calls.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A bounded map whose entries expire a fixed time after they were last written. Memory stays bounded
 * whatever senders do: past the capacity the oldest entries go first. Thread-safe (one lock; entries are
 * small and operations O(1) amortised).
 */
final class ExpiringMap<V> {
    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration retention;
    private final int capacity;
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>();

    ExpiringMap(Clock clock, Duration retention, int capacity) {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.clock = clock;
        this.retention = retention;
        this.capacity = capacity;
    }

    /** The live value for the key, or null. */
    synchronized V get(String key) {
        Instant now = clock.instant();
        evict(now);
        Entry<V> e = entries.get(key);
        return e == null ? null : e.value();
    }

    /**
     * Computes the key's new value from its live value (null if absent) and stores it with a fresh expiry;
     * a null result removes the key. Returns the new value.
     */
    synchronized V compute(String key, BiFunction<String, V, V> change) {
        Instant now = clock.instant();
        evict(now);
        Entry<V> old = entries.remove(key);
        V next = change.apply(key, old == null ? null : old.value());
        if (next != null) {
            entries.put(key, new Entry<>(next, now.plus(retention)));
            while (entries.size() > capacity) {
                Iterator<String> oldest = entries.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        return next;
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        evict(clock.instant());
        return entries.size();
    }

    /** Entries are kept in write order, so expired ones are at the head. */
    private void evict(Instant now) {
        Iterator<Map.Entry<String, Entry<V>>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().expiresAt().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }
}
