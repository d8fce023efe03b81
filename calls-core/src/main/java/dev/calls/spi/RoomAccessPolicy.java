package dev.calls.spi;

import dev.calls.UserProfile;

/**
 * Decides who may get a token for one of the host's own rooms (rooms that are not calls or meetings of
 * this library). Denies everything by default. Thread-safe.
 */
@FunctionalInterface
public interface RoomAccessPolicy {

    RoomAccessPolicy DENY_ALL = (user, room) -> Access.DENIED;

    /** What {@code user} may do in {@code room}. */
    Access access(UserProfile user, String room);

    /** The answer: no token, a guest token, or a moderator token. */
    enum Access {
        DENIED,
        GUEST,
        MODERATOR
    }
}
