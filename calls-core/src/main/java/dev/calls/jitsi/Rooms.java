package dev.calls.jitsi;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;

/**
 * Room names go into URLs, the token's {@code room} claim and webhook names unchanged, so only
 * {@code [a-z0-9-]} is allowed: Jitsi would strip or lowercase anything else and the three would differ.
 */
final class Rooms {
    static final int MAX_LENGTH = 128;

    private Rooms() {
    }

    static String require(String room) {
        int n = room.length();
        boolean ok = n > 0 && n <= MAX_LENGTH;
        for (int i = 0; ok && i < n; i++) {
            char c = room.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!ok) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST,
                    "room names must be 1 to " + MAX_LENGTH + " characters of [a-z0-9-]");
        }
        return room;
    }
}
