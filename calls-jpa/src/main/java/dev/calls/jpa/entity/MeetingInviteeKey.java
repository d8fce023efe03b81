package dev.calls.jpa.entity;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link MeetingInviteeEntity}: meeting and position. */
public class MeetingInviteeKey implements Serializable {
    private static final long serialVersionUID = 1L;

    String meetingId;
    int listIndex;

    public MeetingInviteeKey() {
    }

    public MeetingInviteeKey(String meetingId, int listIndex) {
        this.meetingId = meetingId;
        this.listIndex = listIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingInviteeKey k && Objects.equals(meetingId, k.meetingId) && listIndex == k.listIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, listIndex);
    }
}
