package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code calls_meeting_invitee}: one invitee of a meeting, in invitation order. */
@Entity
@IdClass(MeetingInviteeKey.class)
@Table(name = "calls_meeting_invitee")
public class MeetingInviteeEntity {
    @Id
    @Column(name = "meeting_id", length = 36)
    String meetingId;

    @Id
    @Column(name = "list_index")
    int listIndex;

    @Column(name = "tenant", nullable = false)
    String tenant;

    @Column(name = "user_id", nullable = false)
    String userId;

    protected MeetingInviteeEntity() {
    }
}
