package dev.calls.internal;

import dev.calls.Call;
import dev.calls.Participant;
import java.util.EnumSet;
import java.util.Set;

/** Who may take an action, relative to a call. */
public enum Who {
    /** The user who started the call. */
    INITIATOR,
    /** A participant other than the initiator. */
    INVITEE,
    /** Any participant. */
    PARTICIPANT,
    /** A participant with the HOST role. */
    HOST,
    /** The engine itself: timeouts, the sweeper, media-server reports. */
    SYSTEM;

    /** Every relation {@code userId} has to {@code call}; {@link #SYSTEM} for a null user. */
    static Set<Who> of(Call call, String userId) {
        if (userId == null) {
            return EnumSet.of(SYSTEM);
        }
        Participant p = call.participant(userId).orElse(null);
        if (p == null) {
            return EnumSet.noneOf(Who.class);
        }
        Set<Who> who = EnumSet.of(PARTICIPANT);
        who.add(call.isInitiator(userId) ? INITIATOR : INVITEE);
        if (p.isHost()) {
            who.add(HOST);
        }
        return who;
    }
}
