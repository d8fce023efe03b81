package dev.calls.jpa.entity;

import dev.calls.event.CallEvent;
import dev.calls.event.EventJson;

/** Converts events to rows of {@code calls_event} and back; the payload is {@link EventJson}. */
public final class EventRows {
    private EventRows() {
    }

    /** The row of an event that has been given its sequence. */
    public static EventEntity row(CallEvent event) {
        return numbered(unnumbered(event), event.sequence());
    }

    /**
     * The row of an event before it has a sequence, payload already serialized. The {@code seq} column, not
     * the payload's own {@code sequence}, is the event's number.
     */
    public static EventEntity unnumbered(CallEvent event) {
        EventEntity row = new EventEntity();
        row.tenant = event.tenant();
        row.type = event.type().wire();
        row.callId = event.callId() == null ? null : event.callId().toString();
        row.actor = event.actor();
        row.occurredAt = event.at().toEpochMilli();
        row.payload = EventJson.write(event);
        return row;
    }

    /** Gives the row its sequence. */
    public static EventEntity numbered(EventEntity row, long sequence) {
        row.sequence = sequence;
        return row;
    }

    public static CallEvent event(EventEntity row) {
        return EventJson.readEvent(row.payload).withSequence(row.sequence);
    }
}
