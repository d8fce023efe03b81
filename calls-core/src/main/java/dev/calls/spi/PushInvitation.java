package dev.calls.spi;

import dev.calls.UserRef;
import java.util.UUID;

/**
 * A call invitation for a phone, with the fields mobile apps expect ({@code type=call_invitation}).
 *
 * @param recipient who is being rung
 * @param callId the call
 * @param callUrl the meeting URL to open (no token: the app asks for its own join information)
 * @param callType {@code audio} or {@code video}
 * @param callerName the caller's display name
 * @param callerId the caller's user id
 * @param roomName the media room
 */
public record PushInvitation(UserRef recipient, UUID callId, String callUrl, String callType, String callerName,
        String callerId, String roomName) {
}
