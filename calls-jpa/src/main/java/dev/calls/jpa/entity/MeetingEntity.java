package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code calls_meeting}: a scheduled call; its invitees are {@link MeetingInviteeEntity} rows. */
@Entity
@Table(name = "calls_meeting")
public class MeetingEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant", nullable = false)
    String tenant;

    @Column(name = "title", nullable = false, length = 500)
    String title;

    @Column(name = "host", nullable = false)
    String host;

    @Column(name = "media_type", nullable = false, length = 16)
    String mediaType;

    @Column(name = "starts_at", nullable = false)
    long startsAt;

    @Column(name = "ends_at", nullable = false)
    long endsAt;

    @Column(name = "room", nullable = false)
    String room;

    @Column(name = "provider_id", nullable = false)
    String providerId;

    @Column(name = "created_at", nullable = false)
    long createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "waiting_room", nullable = false)
    boolean waitingRoom;

    @Column(name = "admit_on_host_join", nullable = false)
    boolean admitOnHostJoin;

    @Column(name = "host_joined_at")
    Long hostJoinedAt;

    protected MeetingEntity() {
    }
}
