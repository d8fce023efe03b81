package dev.calls.spi;

import dev.calls.UserProfile;
import dev.calls.meeting.Meeting;
import java.util.Objects;

/**
 * The personal link an invitee's e-mail points to: typically the meeting page of the host application, where
 * the invitee signs in and joins. Never a link with a token in it. Thread-safe.
 */
@FunctionalInterface
public interface InvitationLinks {

    /** An absolute http(s) URL for this invitee to open the meeting. */
    String link(Meeting meeting, UserProfile invitee);

    /**
     * Links from a pattern in which {@code {meetingId}} stands for the meeting's id and {@code {userId}} for the
     * invitee's, such as {@code https://app.example.org/api/calls/embed/meetings/{meetingId}}.
     */
    static InvitationLinks pattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.startsWith("https://") && !pattern.startsWith("http://")) {
            throw new IllegalArgumentException("an invitation link pattern must be an absolute http(s) URL");
        }
        return (meeting, invitee) -> pattern.replace("{meetingId}", meeting.id().toString())
                .replace("{userId}", java.net.URLEncoder.encode(invitee.userId(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
