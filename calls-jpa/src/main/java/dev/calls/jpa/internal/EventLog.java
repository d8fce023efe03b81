package dev.calls.jpa.internal;

import dev.calls.event.CallEvent;
import dev.calls.event.EventJson;
import dev.calls.jpa.SqlDialect;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends events inside the caller's transaction, numbered from the locked counter row (see
 * {@link EventSequencer} for why).
 */
public final class EventLog {
    private final EventInsert insert;

    public EventLog(SqlDialect dialect) {
        this.insert = EventInsert.of(dialect);
    }

    /**
     * Numbers and inserts the events. Everything else the transaction writes is flushed and every payload
     * serialized first, so a conflict surfaces before the counter is locked, and the lock is held only for
     * the counter, the insert and the commit: every writer waits for that span of the others.
     */
    public List<CallEvent> append(EntityManager em, List<CallEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<String> payloads = events.stream().map(EventJson::write).toList();
        em.flush();
        // Written already: detached, the commit's flush has only the event rows to look at.
        em.clear();
        long first = insert.insert(em, events, payloads);
        List<CallEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            stored.add(events.get(i).withSequence(first + i));
        }
        return stored;
    }
}
