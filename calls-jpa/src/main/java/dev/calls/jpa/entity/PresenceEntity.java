package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code calls_presence}: a user's presence settings and when they were last seen. */
@Entity
@IdClass(PresenceKey.class)
@Table(name = "calls_presence")
public class PresenceEntity {
    @Id
    @Column(name = "tenant")
    String tenant;

    @Id
    @Column(name = "user_id")
    String userId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "message", length = 255)
    String message;

    @Column(name = "available", nullable = false)
    boolean available;

    @Column(name = "do_not_disturb", nullable = false)
    boolean doNotDisturb;

    @Column(name = "last_seen")
    Long lastSeen;

    protected PresenceEntity() {
    }
}
