package dev.calls.jpa.internal;

import dev.calls.event.CallEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * PostgreSQL: the counter and the insert of every event in one statement, so the counter row stays locked for a
 * single round trip and the commit. No {@code NOTIFY} here: one inside the transaction would take PostgreSQL's
 * cluster-wide notification lock at every commit; the relay notifies other nodes after the commit instead
 * ({@link PgNotifier}).
 */
final class PgEventInsert implements EventInsert {
    private static final int COLUMNS = 6;

    @Override
    public long insert(EntityManager em, List<CallEvent> events, List<String> payloads) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            int p = 2 + i * COLUMNS;
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", ?").append(p).append(", ?").append(p + 1)
                    .append(", ?").append(p + 2).append(", ?").append(p + 3).append(", CAST(?").append(p + 4)
                    .append(" AS BIGINT), ?").append(p + 5).append(")");
        }
        Query query = em.createNativeQuery("WITH s AS (UPDATE calls_event_sequence SET last_sequence = last_sequence + ?1"
                + " WHERE id = 1 RETURNING last_sequence),"
                + " v (i, tenant, event_type, call_id, actor, occurred_at, payload) AS (VALUES " + values + ")"
                + " INSERT INTO calls_event (seq, tenant, event_type, call_id, actor, occurred_at, payload)"
                + " SELECT s.last_sequence - ?1 + 1 + v.i, v.tenant, v.event_type, v.call_id, v.actor, v.occurred_at,"
                + " v.payload FROM s, v RETURNING seq");
        query.setParameter(1, (long) events.size());
        for (int i = 0; i < events.size(); i++) {
            CallEvent e = events.get(i);
            int p = 2 + i * COLUMNS;
            query.setParameter(p, e.tenant());
            query.setParameter(p + 1, e.type().wire());
            query.setParameter(p + 2, e.callId() == null ? null : e.callId().toString());
            query.setParameter(p + 3, e.actor());
            query.setParameter(p + 4, e.at().toEpochMilli());
            query.setParameter(p + 5, payloads.get(i));
        }
        long first = Long.MAX_VALUE;
        for (Object seq : query.getResultList()) {
            first = Math.min(first, ((Number) seq).longValue());
        }
        if (first == Long.MAX_VALUE) {
            throw new IllegalStateException("calls_event_sequence has no row; install the schema again");
        }
        return first;
    }
}
