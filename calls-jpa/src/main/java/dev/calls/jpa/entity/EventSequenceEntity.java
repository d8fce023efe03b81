package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row of {@code calls_event_sequence}: the last event sequence handed out. Writers lock it for
 * the rest of their transaction, which makes sequence order the same as commit order.
 */
@Entity
@Table(name = "calls_event_sequence")
public class EventSequenceEntity {
    /** The id of the one row. */
    public static final int ROW = 1;

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "last_sequence", nullable = false)
    long lastSequence;

    protected EventSequenceEntity() {
    }

    /** The last sequence handed out. */
    public long lastSequence() {
        return lastSequence;
    }

    /** Hands out {@code count} more; returns the last of them. */
    public long advance(int count) {
        lastSequence += count;
        return lastSequence;
    }
}
