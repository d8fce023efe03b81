package dev.calls.jpa;

import dev.calls.jpa.internal.Storage;
import dev.calls.webhook.SeenKeys;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link SeenKeys} in {@code calls_seen_key}, shared by every node on the database, so a webhook retry that
 * reaches another node is still recognised. A key is stored as its SHA-256 (fixed length, and the sender's
 * identifiers are not kept in clear); claiming it is an insert, so of several nodes claiming one key at once
 * the primary key lets exactly one succeed. A key is remembered for the retention window after its claim;
 * an expired key is claimed again by a conditional update that, too, only one node wins. Rows past the
 * window are deleted every few minutes by whichever claim comes first. Thread-safe.
 */
public final class JpaSeenKeys implements SeenKeys {
    /** How long a key is remembered by default: longer than a sender's retries last. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** An insert that collides with a key released just before the second look runs again. */
    private static final int ATTEMPTS = 3;

    private final JpaTransactions tx;
    private final Clock clock;
    private final long retentionMillis;
    private final long purgeEveryMillis;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    JpaSeenKeys(JpaTransactions tx, Clock clock, Duration retention) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.retentionMillis = retention.toMillis();
        this.purgeEveryMillis = Math.min(retentionMillis, PURGE_EVERY.toMillis());
    }

    @Override
    public boolean claim(String key) {
        String hash = hash(key);
        long now = clock.millis();
        purgeIfDue(now);
        for (int attempt = 1; ; attempt++) {
            try {
                tx.write(em -> em.createNativeQuery("INSERT INTO calls_seen_key (key_hash, seen_at) VALUES (?1, ?2)")
                        .setParameter(1, hash)
                        .setParameter(2, now)
                        .executeUpdate());
                return true;
            } catch (PersistenceException | IllegalStateException e) {
                if (!Storage.isCollision(e)) {
                    throw Storage.failure("claim webhook key", e);
                }
                if (renewIfExpired(hash, now)) {
                    return true;
                }
                if (isStored(hash)) {
                    return false;
                }
                if (attempt == ATTEMPTS) {
                    throw Storage.failure("claim webhook key", e);
                }
            }
        }
    }

    private boolean renewIfExpired(String hash, long now) {
        return Storage.guard("claim webhook key", () -> tx.write(em -> em.createNativeQuery(
                        "UPDATE calls_seen_key SET seen_at = ?1 WHERE key_hash = ?2 AND seen_at <= ?3")
                .setParameter(1, now)
                .setParameter(2, hash)
                .setParameter(3, now - retentionMillis)
                .executeUpdate()) == 1);
    }

    private boolean isStored(String hash) {
        return Storage.guard("claim webhook key", () -> tx.read(em -> !em.createNativeQuery(
                        "SELECT key_hash FROM calls_seen_key WHERE key_hash = ?1")
                .setParameter(1, hash)
                .getResultList()
                .isEmpty()));
    }

    @Override
    public void release(String key) {
        String hash = hash(key);
        Storage.guard("release webhook key", () -> tx.write(em -> em.createNativeQuery(
                        "DELETE FROM calls_seen_key WHERE key_hash = ?1")
                .setParameter(1, hash)
                .executeUpdate()));
    }

    /** Deletes the keys past the retention window; returns how many. The claims do it every few minutes. */
    public int purgeExpired() {
        long cutoff = clock.millis() - retentionMillis;
        return Storage.guard("purge webhook keys", () -> tx.write(em -> em.createNativeQuery(
                        "DELETE FROM calls_seen_key WHERE seen_at <= ?1")
                .setParameter(1, cutoff)
                .executeUpdate()));
    }

    private void purgeIfDue(long now) {
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + purgeEveryMillis)) {
            purgeExpired();
        }
    }

    private static String hash(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
