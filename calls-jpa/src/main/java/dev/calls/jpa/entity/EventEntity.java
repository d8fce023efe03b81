package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code calls_event}, the append-only log. The event itself is kept whole as JSON in
 * {@code payload}; the other columns are what queries and operators filter on.
 */
@Entity
@Table(name = "calls_event")
public class EventEntity {
    @Id
    @Column(name = "seq")
    long sequence;

    @Column(name = "tenant", nullable = false)
    String tenant;

    @Column(name = "event_type", nullable = false, length = 64)
    String type;

    @Column(name = "call_id", length = 36)
    String callId;

    @Column(name = "actor")
    String actor;

    @Column(name = "occurred_at", nullable = false)
    long occurredAt;

    @Column(name = "payload", nullable = false)
    String payload;

    protected EventEntity() {
    }
}
