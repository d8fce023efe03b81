package dev.calls.meeting;

import dev.calls.JoinInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * One attendee's way into a meeting, minted fresh inside the join window.
 *
 * @param meetingId the meeting
 * @param join the media room, the URL and a token that expires at the meeting's end at the latest
 * @param moderator whether this attendee is the organizer (a Jitsi moderator)
 * @param lobby whether the deployment holds guests in a lobby: the organizer's client turns it on when it
 *     joins, so guests wait until admitted
 * @param waitForHost whether this attendee should expect to wait for the organizer (a guest where the
 *     deployment has a lobby); clients show a waiting screen rather than an empty room
 * @param opensAt when the join window opened
 * @param endsAt when the meeting, and the window, ends
 */
public record MeetingJoin(UUID meetingId, JoinInfo join, boolean moderator, boolean lobby, boolean waitForHost,
        Instant opensAt, Instant endsAt) {
}
