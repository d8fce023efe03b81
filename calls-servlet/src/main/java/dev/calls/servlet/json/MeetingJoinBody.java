package dev.calls.servlet.json;

import dev.calls.meeting.MeetingJoin;

/**
 * One attendee's way into a meeting: the meeting, fresh join information, and how the client should
 * behave (the host moderates and turns the lobby on; a guest may have to wait for the host).
 */
public record MeetingJoinBody(MeetingBody meeting, JoinBody join, boolean moderator, boolean lobby,
        boolean waitForHost) {

    public static MeetingJoinBody of(MeetingBody meeting, MeetingJoin j) {
        return new MeetingJoinBody(meeting, JoinBody.of(j.join()), j.moderator(), j.lobby(), j.waitForHost());
    }
}
