package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of {@code calls_call}: one call without its participants. Enums are stored as their lower-case
 * wire values and instants as epoch milliseconds (UTC), so every database and provider setting reads them
 * back identically.
 */
@Entity
@Table(name = "calls_call")
public class CallEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant", nullable = false)
    String tenant;

    @Column(name = "media_type", nullable = false, length = 16)
    String mediaType;

    @Column(name = "initiator", nullable = false)
    String initiator;

    @Column(name = "room", nullable = false)
    String room;

    @Column(name = "provider_id", nullable = false)
    String providerId;

    @Column(name = "state", nullable = false, length = 16)
    String state;

    @Column(name = "created_at", nullable = false)
    long createdAt;

    @Column(name = "answered_at")
    Long answeredAt;

    @Column(name = "ended_at")
    Long endedAt;

    @Column(name = "end_reason", length = 32)
    String endReason;

    @Column(name = "deadline")
    Long deadline;

    @Column(name = "idle_since")
    Long idleSince;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CallEntity() {
    }
}
