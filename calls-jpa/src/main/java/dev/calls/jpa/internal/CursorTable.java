package dev.calls.jpa.internal;

import dev.calls.jpa.JpaTransactions;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The delivery cursors ({@link dev.calls.spi.DeliveryCursors}) in {@code calls_delivery_cursor}: a lease is taken
 * by a conditional update that only one node can win (the row's owner, or anyone once the lease ran out); a
 * cursor seen for the first time is inserted, and of several nodes inserting it the primary key lets one win.
 */
public final class CursorTable {
    private final JpaTransactions tx;

    public CursorTable(JpaTransactions tx) {
        this.tx = tx;
    }

    public OptionalLong lease(String name, String owner, long startAt, Instant now, Duration ttl) {
        long until = now.plus(ttl).toEpochMilli();
        OptionalLong taken = Storage.guard("lease delivery cursor", () -> tx.write(em -> {
            int updated = em.createNativeQuery("UPDATE calls_delivery_cursor SET lease_owner = ?1, lease_until = ?2"
                            + " WHERE cursor_name = ?3 AND (lease_owner = ?1 OR lease_until <= ?4)")
                    .setParameter(1, owner)
                    .setParameter(2, until)
                    .setParameter(3, name)
                    .setParameter(4, now.toEpochMilli())
                    .executeUpdate();
            if (updated == 0) {
                return OptionalLong.empty();
            }
            List<?> rows = em.createNativeQuery(
                            "SELECT log_position FROM calls_delivery_cursor WHERE cursor_name = ?1")
                    .setParameter(1, name)
                    .getResultList();
            return OptionalLong.of(((Number) rows.get(0)).longValue());
        }));
        if (taken.isPresent() || exists(name)) {
            return taken;
        }
        try {
            tx.write(em -> em.createNativeQuery("INSERT INTO calls_delivery_cursor"
                            + " (cursor_name, log_position, lease_owner, lease_until) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, name)
                    .setParameter(2, startAt)
                    .setParameter(3, owner)
                    .setParameter(4, until)
                    .executeUpdate());
            return OptionalLong.of(startAt);
        } catch (PersistenceException | IllegalStateException e) {
            if (!Storage.isCollision(e)) {
                throw Storage.failure("create delivery cursor", e);
            }
            return OptionalLong.empty();
        }
    }

    private boolean exists(String name) {
        return Storage.guard("read delivery cursor", () -> tx.read(em -> !em.createNativeQuery(
                        "SELECT cursor_name FROM calls_delivery_cursor WHERE cursor_name = ?1")
                .setParameter(1, name)
                .getResultList()
                .isEmpty()));
    }

    public boolean advance(String name, String owner, long position) {
        return Storage.guard("advance delivery cursor", () -> tx.write(em -> em.createNativeQuery(
                        "UPDATE calls_delivery_cursor SET log_position = ?1"
                                + " WHERE cursor_name = ?2 AND lease_owner = ?3")
                .setParameter(1, position)
                .setParameter(2, name)
                .setParameter(3, owner)
                .executeUpdate()) == 1);
    }

    public void release(String name, String owner) {
        Storage.guard("release delivery cursor", () -> tx.write(em -> em.createNativeQuery(
                        "UPDATE calls_delivery_cursor SET lease_owner = NULL, lease_until = 0"
                                + " WHERE cursor_name = ?1 AND lease_owner = ?2")
                .setParameter(1, name)
                .setParameter(2, owner)
                .executeUpdate()));
    }
}
