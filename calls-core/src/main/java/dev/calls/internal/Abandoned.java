package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.UserRef;
import dev.calls.spi.CallStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends active calls that everyone has abandoned without hanging up: when a user goes offline (no open stream
 * and no heartbeat for the presence timeout), each of their active calls in whose media room nobody is
 * reported, and whose every joined participant is offline too, ends as {@code idle}. Calls with room reports
 * also end through {@code idleSince} (see {@link Deadlines}); this covers closed tabs and lost devices, where
 * no report ever comes. Off when idle ending is off.
 */
final class Abandoned {
    private static final Logger LOG = LoggerFactory.getLogger(Abandoned.class);

    private final CallStore store;
    private final PresenceTracker presence;
    private final CallService calls;

    Abandoned(CallStore store, PresenceTracker presence, CallService calls) {
        this.store = store;
        this.presence = presence;
        this.calls = calls;
    }

    /** The users this node just saw go offline. */
    void wentOffline(List<UserRef> users) {
        for (UserRef user : users) {
            try {
                for (Call call : store.findLive(user.tenant(), user.userId())) {
                    if (abandoned(call, user)) {
                        calls.system(call.id(), CallAction.IDLE_TIMEOUT);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("could not look at the calls of a user who went offline; the next one tries again", e);
            }
        }
    }

    private boolean abandoned(Call call, UserRef user) {
        if (call.state() != CallState.ACTIVE || !joined(call, user.userId())
                || call.participants().stream().anyMatch(Participant::inRoom)) {
            return false;
        }
        for (Participant p : call.participants()) {
            if (p.state() == ParticipantState.JOINED && presence.get(UserRef.of(call.tenant(), p.userId())).online()) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(Call call, String userId) {
        return call.participant(userId).map(p -> p.state() == ParticipantState.JOINED).orElse(false);
    }
}
