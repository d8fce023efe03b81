package dev.calls.jitsi;

import dev.calls.MediaType;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.JoinRequest;
import java.time.Instant;

/** Join requests at a fixed engine instant, for token tests. */
final class Joins {
    /** Not on a second boundary, so truncation of {@code exp}/{@code nbf} to seconds is exercised. */
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00.750Z");
    static final long NOW_S = NOW.getEpochSecond();
    static final String ROOM = "calls-abcdefghijklmnopqrstuvwxyz";
    static final UserProfile ALICE = new UserProfile(UserRef.of("acme", "alice"), "Alice Example",
            "alice@example.com", "https://example.com/a.png");
    static final UserProfile BOB = new UserProfile(UserRef.of("acme", "bob"), "Bob", null, null);

    private Joins() {
    }

    static JoinRequest group(UserProfile user, boolean moderator) {
        return new JoinRequest(ROOM, user, moderator, null, MediaType.VIDEO, NOW, null);
    }

    static JoinRequest oneToOne(UserProfile user, UserProfile callee) {
        return new JoinRequest(ROOM, user, true, callee, MediaType.AUDIO, NOW, null);
    }
}
