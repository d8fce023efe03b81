package dev.calls.jpa.internal;

import dev.calls.event.CallEvent;
import dev.calls.jpa.entity.EventEntity;
import dev.calls.jpa.entity.EventRows;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Appends events inside the caller's transaction, numbered by the {@link EventSequencer}. */
public final class EventLog {
    private final EventSequencer sequencer;

    public EventLog(EventSequencer sequencer) {
        this.sequencer = sequencer;
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
        List<EventEntity> rows = events.stream().map(EventRows::unnumbered).toList();
        em.flush();
        long last = sequencer.next(em, events.size());
        long first = last - events.size() + 1;
        List<CallEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            em.persist(EventRows.numbered(rows.get(i), first + i));
            stored.add(events.get(i).withSequence(first + i));
        }
        return stored;
    }
}
