package dev.calls.jpa.entity;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.presence.PresenceStatus;

/** Converts presence to rows of {@code calls_presence} and back. */
public final class PresenceRows {
    private PresenceRows() {
    }

    public static PresenceEntity row(Presence presence) {
        PresenceEntity row = new PresenceEntity();
        row.tenant = presence.user().tenant();
        row.userId = presence.user().userId();
        settings(row, presence);
        row.lastSeen = Millis.of(presence.lastSeen());
        return row;
    }

    /** Copies the settings and moves {@code lastSeen} forward, never back. */
    public static void save(PresenceEntity row, Presence presence) {
        settings(row, presence);
        Long seen = Millis.of(presence.lastSeen());
        if (seen != null && (row.lastSeen == null || row.lastSeen < seen)) {
            row.lastSeen = seen;
        }
    }

    private static void settings(PresenceEntity row, Presence presence) {
        row.status = presence.status().wire();
        row.message = presence.message();
        row.available = presence.available();
        row.doNotDisturb = presence.doNotDisturb();
    }

    public static Presence presence(PresenceEntity row) {
        return new Presence(UserRef.of(row.tenant, row.userId), PresenceStatus.fromWire(row.status), row.message,
                row.available, row.doNotDisturb, Millis.instant(row.lastSeen));
    }
}
