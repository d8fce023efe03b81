package dev.calls.servlet.json;

import dev.calls.presence.PresenceView;
import java.time.Instant;

/**
 * A user's presence as the API shows it.
 *
 * @param status what others see: {@code offline} when not online, {@code busy} while in a call
 * @param chosenStatus the status the user set
 */
public record PresenceBody(String userId, String name, String status, String chosenStatus, String message,
        boolean available, boolean doNotDisturb, Instant lastSeen, boolean online, boolean inCall,
        boolean callable) {

    public static PresenceBody of(PresenceView v) {
        return new PresenceBody(v.user().userId(), v.name(), v.effectiveStatus().wire(), v.status().wire(),
                v.message(), v.available(), v.doNotDisturb(), v.lastSeen(), v.online(), v.inCall(), v.callable());
    }
}
