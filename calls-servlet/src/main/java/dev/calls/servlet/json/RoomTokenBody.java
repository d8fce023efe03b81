package dev.calls.servlet.json;

import dev.calls.JoinInfo;
import dev.calls.meeting.RoomToken;
import java.time.Instant;

/**
 * A token for one of the host's own rooms: seed 003's {@code token}, {@code roomName}, {@code joinUrl},
 * {@code expiresAt}, whether it makes the user a moderator, and the join information fields beside them.
 */
public record RoomTokenBody(String token, String roomName, String joinUrl, Instant expiresAt, boolean moderator,
        String provider, String domain, String room, String url, String jwt, String appId, String scriptUrl) {

    public static RoomTokenBody of(RoomToken t) {
        JoinInfo j = t.join();
        return new RoomTokenBody(t.token(), t.roomName(), t.joinUrl(), t.expiresAt(), t.moderator(), j.provider(),
                j.domain(), j.room(), j.url(), j.jwt(), j.appId(), j.scriptUrl());
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RoomTokenBody[roomName=" + roomName + ", moderator=" + moderator + ", expiresAt=" + expiresAt + "]";
    }
}
