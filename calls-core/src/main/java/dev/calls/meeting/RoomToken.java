package dev.calls.meeting;

import dev.calls.JoinInfo;
import java.time.Instant;

/**
 * A token for one of the host's own rooms, in seed 003's shape plus the full join information.
 *
 * @param token the signed JWT, null on a deployment without token auth
 * @param roomName the room
 * @param joinUrl the meeting page (with {@code ?jwt=} where there is a token)
 * @param expiresAt when the token expires, null without a token
 * @param moderator whether the token makes the user a moderator
 * @param join everything the IFrame API needs
 */
public record RoomToken(String token, String roomName, String joinUrl, Instant expiresAt, boolean moderator,
        JoinInfo join) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RoomToken[roomName=" + roomName + ", token=" + (token == null ? "none" : "***") + ", moderator="
                + moderator + ", expiresAt=" + expiresAt + "]";
    }
}
