package dev.calls.jpa.entity;

import dev.calls.event.CallEvent;
import dev.calls.event.EventJson;

/** Converts events to rows of {@code calls_event} and back; the payload is {@link EventJson}. */
public final class EventRows {
    private EventRows() {
    }

    /**
     * The row of an event whose payload is serialized already, with its sequence. The {@code seq} column,
     * not the payload's own {@code sequence}, is the event's number.
     */
    public static EventEntity row(CallEvent event, String payload, long sequence) {
        EventEntity row = new EventEntity();
        row.sequence = sequence;
        row.tenant = event.tenant();
        row.type = event.type().wire();
        row.callId = event.callId() == null ? null : event.callId().toString();
        row.actor = event.actor();
        row.occurredAt = event.at().toEpochMilli();
        row.payload = payload;
        return row;
    }

    public static CallEvent event(EventEntity row) {
        return EventJson.readEvent(row.payload).withSequence(row.sequence);
    }
}
