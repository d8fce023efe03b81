package dev.calls.jpa.internal;

import dev.calls.UserRef;
import dev.calls.jpa.SqlDialect;
import dev.calls.jpa.entity.PresenceEntity;
import dev.calls.jpa.entity.PresenceKey;
import dev.calls.jpa.entity.PresenceRows;
import dev.calls.presence.Presence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Moves many users' {@code lastSeen} forward in one statement per chunk: an insert-or-update of the
 * database ({@code ON CONFLICT}, {@code ON DUPLICATE KEY}, {@code MERGE}) that inserts unknown users with
 * the initial settings and never moves a stored instant back. Entries must come sorted by key, so two nodes
 * flushing overlapping users lock rows in the same order and cannot deadlock.
 */
public interface PresenceUpsert {
    /** Rows per statement: three parameters each, well under every driver's limit. */
    int CHUNK = 300;

    /** Writes the chunk (at most {@link #CHUNK} entries) in the current transaction. */
    void touch(EntityManager em, List<Map.Entry<UserRef, Instant>> chunk);

    static PresenceUpsert of(SqlDialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> (em, chunk) -> bind(em, "INSERT INTO calls_presence (tenant, user_id, status, available,"
                    + " do_not_disturb, last_seen) VALUES " + rows(chunk.size(), "(?, ?, 'online', TRUE, FALSE, ?)")
                    + " ON CONFLICT (tenant, user_id) DO UPDATE SET last_seen = EXCLUDED.last_seen"
                    + " WHERE calls_presence.last_seen IS NULL OR calls_presence.last_seen < EXCLUDED.last_seen", chunk);
            case MYSQL -> (em, chunk) -> bind(em, "INSERT INTO calls_presence (tenant, user_id, status, available,"
                    + " do_not_disturb, last_seen) VALUES " + rows(chunk.size(), "(?, ?, 'online', TRUE, FALSE, ?)")
                    + " ON DUPLICATE KEY UPDATE last_seen = GREATEST(COALESCE(last_seen, VALUES(last_seen)),"
                    + " VALUES(last_seen))", chunk);
            case H2 -> (em, chunk) -> bind(em, "MERGE INTO calls_presence p USING (VALUES "
                    + rows(chunk.size(), "(CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS BIGINT))")
                    + ") AS v(tenant, user_id, last_seen) ON p.tenant = v.tenant AND p.user_id = v.user_id"
                    + " WHEN MATCHED AND (p.last_seen IS NULL OR p.last_seen < v.last_seen)"
                    + " THEN UPDATE SET last_seen = v.last_seen"
                    + " WHEN NOT MATCHED THEN INSERT (tenant, user_id, status, available, do_not_disturb, last_seen)"
                    + " VALUES (v.tenant, v.user_id, 'online', TRUE, FALSE, v.last_seen)", chunk);
            case OTHER -> PresenceUpsert::oneByOne;
        };
    }

    private static String rows(int count, String row) {
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    private static void bind(EntityManager em, String sql, List<Map.Entry<UserRef, Instant>> chunk) {
        Query query = em.createNativeQuery(sql);
        int i = 1;
        for (Map.Entry<UserRef, Instant> e : chunk) {
            query.setParameter(i++, e.getKey().tenant());
            query.setParameter(i++, e.getKey().userId());
            query.setParameter(i++, e.getValue().toEpochMilli());
        }
        query.executeUpdate();
    }

    /** Plain JPA for databases without a known upsert: a read and a write per user. */
    private static void oneByOne(EntityManager em, List<Map.Entry<UserRef, Instant>> chunk) {
        for (Map.Entry<UserRef, Instant> e : chunk) {
            UserRef user = e.getKey();
            PresenceEntity row = em.find(PresenceEntity.class, new PresenceKey(user.tenant(), user.userId()));
            Presence seen = Presence.initial(user).seen(e.getValue());
            if (row == null) {
                em.persist(PresenceRows.row(seen));
            } else {
                PresenceRows.save(row, PresenceRows.presence(row).seen(e.getValue()));
            }
        }
    }
}
