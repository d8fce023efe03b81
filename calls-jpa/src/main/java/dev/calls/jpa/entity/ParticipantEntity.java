package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of {@code calls_participant}. Besides the participant it repeats what the per-user queries need
 * without touching the call row: the tenant, the call's creation time (history, newest first) and whether
 * the call is still live ("my ringing and active calls").
 */
@Entity
@IdClass(ParticipantKey.class)
@Table(name = "calls_participant")
public class ParticipantEntity {
    @Id
    @Column(name = "call_id", length = 36)
    String callId;

    @Id
    @Column(name = "user_id")
    String userId;

    @Column(name = "list_index", nullable = false)
    int listIndex;

    @Column(name = "tenant", nullable = false)
    String tenant;

    @Column(name = "call_created_at", nullable = false)
    long callCreatedAt;

    @Column(name = "call_live", nullable = false)
    boolean callLive;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "role", nullable = false, length = 16)
    String role;

    @Column(name = "state", nullable = false, length = 16)
    String state;

    @Column(name = "audio_muted", nullable = false)
    boolean audioMuted;

    @Column(name = "video_muted", nullable = false)
    boolean videoMuted;

    @Column(name = "connection_quality", length = 64)
    String connectionQuality;

    @Column(name = "in_room", nullable = false)
    boolean inRoom;

    @Column(name = "invited_at")
    Long invitedAt;

    @Column(name = "joined_at")
    Long joinedAt;

    @Column(name = "left_at")
    Long leftAt;

    protected ParticipantEntity() {
    }
}
