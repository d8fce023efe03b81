package dev.calls.servlet.json;

import dev.calls.meeting.Meeting;
import java.time.Instant;
import java.util.List;

/**
 * A scheduled meeting as the API shows it.
 *
 * @param opensAt when attendees can first get a token (the join window opens before the start)
 * @param joinUrl the meeting page attendees open to join (absolute)
 * @param inviteUrl the iCalendar invitation (absolute)
 * @param waitingRoom whether guests wait until a host admits them
 * @param admitOnHostJoin whether waiting guests are let in once the organizer joins
 */
public record MeetingBody(String id, String title, PersonBody host, List<PersonBody> invitees, String type,
        Instant startsAt, Instant endsAt, Instant opensAt, String room, String joinUrl, String inviteUrl,
        Instant createdAt, boolean waitingRoom, boolean admitOnHostJoin) {

    public static MeetingBody of(Meeting m, PersonBody host, List<PersonBody> invitees, Instant opensAt,
            String joinUrl, String inviteUrl) {
        return new MeetingBody(m.id().toString(), m.title(), host, invitees, m.type().wire(), m.startsAt(),
                m.endsAt(), opensAt, m.room(), joinUrl, inviteUrl, m.createdAt(), m.waitingRoom(), m.admitOnHostJoin());
    }
}
