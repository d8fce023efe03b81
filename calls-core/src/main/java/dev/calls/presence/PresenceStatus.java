package dev.calls.presence;

import java.util.Locale;

/** The status a user sets for themselves. */
public enum PresenceStatus {
    ONLINE,
    AWAY,
    BUSY,
    OFFLINE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PresenceStatus fromWire(String value) {
        if (value != null) {
            for (PresenceStatus s : values()) {
                if (s.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown presence status: " + value);
    }
}
