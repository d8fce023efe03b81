package dev.calls.jpa.entity;

import dev.calls.event.CallEvent;
import dev.calls.event.EventJson;

/** Converts events to rows of {@code calls_event} and back; the payload is {@link EventJson}. */
public final class EventRows {
    private EventRows() {
    }

    /** The row of an event that has been given its sequence. */
    public static EventEntity row(CallEvent event) {
        EventEntity row = new EventEntity();
        row.sequence = event.sequence();
        row.tenant = event.tenant();
        row.type = event.type().wire();
        row.callId = event.callId() == null ? null : event.callId().toString();
        row.actor = event.actor();
        row.occurredAt = event.at().toEpochMilli();
        row.payload = EventJson.write(event);
        return row;
    }

    public static CallEvent event(EventEntity row) {
        return EventJson.readEvent(row.payload).withSequence(row.sequence);
    }
}
