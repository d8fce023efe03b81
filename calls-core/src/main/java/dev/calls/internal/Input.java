package dev.calls.internal;

import dev.calls.MediaType;
import dev.calls.MediaUpdate;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import java.util.List;

/** What an action carries besides its name, typed per action. Each row of the table names the one it needs. */
sealed interface Input {

    /** Nothing: accept, decline, cancel, leave, end, fail and the engine's timeouts. */
    record None() implements Input {
        static final None NONE = new None();
    }

    /** A participant's microphone, camera and connection quality. */
    record Media(MediaUpdate update) implements Input {
    }

    /** The media server or the participant's browser saw {@code userId} enter or leave the media room. */
    record Room(String userId, boolean inRoom) implements Input {
    }

    /** A guest without an account a host invites into the call: their participant id and the name they go by. */
    record Guest(String participantId, String name) implements Input {
    }

    /** The invitee a host rings again; the administrator who ends a call. */
    record Target(String userId) implements Input {
    }

    /**
     * A new call: who calls whom, and why some invitees cannot be rung (null where they can).
     *
     * @param refusals one per callee, in the same order; null for a callee who is rung
     */
    record Start(UserProfile caller, List<UserProfile> callees, List<RefusedException> refusals,
            MediaType type, String room, String provider) implements Input {
    }
}
