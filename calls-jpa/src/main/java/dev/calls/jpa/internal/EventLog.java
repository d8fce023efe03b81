package dev.calls.jpa.internal;

import dev.calls.event.CallEvent;
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
     * Numbers and inserts the events. Everything else the transaction writes is flushed first, so a
     * conflict surfaces before the counter is locked and the lock is held only to the commit.
     */
    public List<CallEvent> append(EntityManager em, List<CallEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        em.flush();
        long last = sequencer.next(em, events.size());
        long seq = last - events.size() + 1;
        List<CallEvent> stored = new ArrayList<>(events.size());
        for (CallEvent event : events) {
            CallEvent numbered = event.withSequence(seq++);
            em.persist(EventRows.row(numbered));
            stored.add(numbered);
        }
        return stored;
    }
}
