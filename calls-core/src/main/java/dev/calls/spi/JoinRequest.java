package dev.calls.spi;

import dev.calls.MediaType;
import dev.calls.UserProfile;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link MeetingProvider} needs to mint join information for one user and one room.
 *
 * @param room the room name, {@code [a-z0-9-]}
 * @param user who joins
 * @param moderator whether the user is a host (Jitsi moderator)
 * @param callee on a 1:1 call, the other side (for the token's {@code context.callee}), else null
 * @param mediaType the call's media type
 * @param now the engine clock's current instant
 * @param notAfter the latest the token may be valid until (a meeting's end), null for no limit beyond
 *     the provider's configured lifetime
 */
public record JoinRequest(String room, UserProfile user, boolean moderator, UserProfile callee, MediaType mediaType,
        Instant now, Instant notAfter) {
    public JoinRequest {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(now, "now");
    }
}
