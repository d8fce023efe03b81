package dev.calls.jpa.internal;

import dev.calls.event.CallEvent;
import dev.calls.jpa.SqlDialect;
import dev.calls.jpa.entity.EventRows;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Numbers and inserts events in the current transaction; everything before it in the transaction is
 * written already. From the moment the counter row is locked, only this and the commit remain.
 */
interface EventInsert {

    /** Inserts the events with consecutive sequences; returns the first. */
    long insert(EntityManager em, List<CallEvent> events, List<String> payloads);

    static EventInsert of(SqlDialect dialect) {
        if (dialect == SqlDialect.POSTGRESQL) {
            return new PgEventInsert();
        }
        EventSequencer sequencer = EventSequencer.of(dialect);
        return (em, events, payloads) -> {
            long first = sequencer.next(em, events.size()) - events.size() + 1;
            for (int i = 0; i < events.size(); i++) {
                em.persist(EventRows.row(events.get(i), payloads.get(i), first + i));
            }
            return first;
        };
    }
}
