package dev.calls.meeting;

import dev.calls.MediaType;

/**
 * A request for a token to one of the host application's own rooms (seed 003's generate-token). Who the
 * user is and whether they moderate are never taken from the request: the user is the authenticated
 * caller, the role comes from the {@link dev.calls.spi.RoomAccessPolicy}.
 *
 * @param roomName {@code [a-z0-9-]}, 3 to 64 characters
 * @param type audio or video; null for video
 */
public record RoomTokenRequest(String roomName, MediaType type) {

    public static RoomTokenRequest of(String roomName) {
        return new RoomTokenRequest(roomName, null);
    }
}
