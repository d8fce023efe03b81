package dev.calls.jpa.internal;

import dev.calls.jpa.SqlDialect;
import dev.calls.jpa.entity.EventSequenceEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Hands out event sequences from the one row of {@code calls_event_sequence}, locked until the writer's
 * transaction ends.
 *
 * <p>Why a locked counter rather than a database sequence: a relay tails the log with "sequence greater
 * than the last one I saw". With a sequence, transaction A can take 41, transaction B take 42 and commit
 * first; a reader then sees 42, moves its cursor past 41 and never sees A's event. Holding the counter row
 * until commit means the next writer gets its numbers only after the previous one has committed, so
 * sequences become visible in order and a reader's cursor never jumps a gap that fills later. The lock is
 * taken as the last step before the events are inserted, so it is held for one or two statements and the
 * commit.
 */
interface EventSequencer {

    /** Reserves {@code count} sequences in the current transaction; returns the last one. */
    long next(EntityManager em, int count);

    /**
     * The statement(s) for the database: one round trip on H2, two on MySQL, a locking read and an update
     * through plain JPA elsewhere. (PostgreSQL does the counter and the insert in one statement:
     * {@link PgEventInsert}.)
     */
    static EventSequencer of(SqlDialect dialect) {
        return switch (dialect) {
            case H2 -> (em, n) -> single(em, n, "SELECT last_sequence FROM FINAL TABLE (UPDATE calls_event_sequence"
                    + " SET last_sequence = last_sequence + ?1 WHERE id = 1)");
            case MYSQL -> (em, n) -> {
                em.createNativeQuery("UPDATE calls_event_sequence SET last_sequence = LAST_INSERT_ID(last_sequence + ?1)"
                        + " WHERE id = 1").setParameter(1, n).executeUpdate();
                return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            };
            default -> (em, n) -> em.find(EventSequenceEntity.class, EventSequenceEntity.ROW,
                    LockModeType.PESSIMISTIC_WRITE).advance(n);
        };
    }

    private static long single(EntityManager em, int count, String sql) {
        Object result = em.createNativeQuery(sql).setParameter(1, count).getSingleResult();
        return ((Number) result).longValue();
    }
}
