package dev.calls.presence;

import dev.calls.Instants;
import dev.calls.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * What is stored of a user's presence: the settings they chose and when they were last seen.
 *
 * @param user who
 * @param status the status the user set
 * @param message a free status message, may be null
 * @param available whether the user accepts calls at all
 * @param doNotDisturb whether ringing is turned off
 * @param lastSeen the last heartbeat, presence update or open event stream (milliseconds); may be null
 */
public record Presence(UserRef user, PresenceStatus status, String message, boolean available,
        boolean doNotDisturb, Instant lastSeen) {

    public Presence {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        lastSeen = Instants.millis(lastSeen);
    }

    /** A user the engine has never heard of: online-by-choice, available, never seen. */
    public static Presence initial(UserRef user) {
        return new Presence(user, PresenceStatus.ONLINE, null, true, false, null);
    }

    public Presence seen(Instant at) {
        Instant latest = lastSeen == null || at.isAfter(lastSeen) ? at : lastSeen;
        return new Presence(user, status, message, available, doNotDisturb, latest);
    }

    public Presence withSettings(PresenceStatus newStatus, String newMessage, boolean newAvailable,
            boolean newDoNotDisturb) {
        return new Presence(user, newStatus, newMessage, newAvailable, newDoNotDisturb, lastSeen);
    }
}
