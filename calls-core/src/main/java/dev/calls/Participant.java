package dev.calls;

import java.time.Instant;
import java.util.Objects;

/**
 * One user's part in a call. Immutable; instants are truncated to milliseconds.
 *
 * @param userId the host's user id (the tenant is the call's)
 * @param name display name captured when the user was invited
 * @param role HOST (Jitsi moderator), GUEST, or GUEST_EXTERNAL (a guest pass holder)
 * @param state where this participant stands
 * @param audioMuted last reported microphone state
 * @param videoMuted last reported camera state
 * @param connectionQuality last reported connection quality (free text such as {@code good}), may be null
 * @param inRoom whether the media server or the browser last reported this user inside the media room
 * @param invitedAt when the user was (last) rung, or the call's creation for the initiator
 * @param joinedAt when the user first joined, may be null
 * @param leftAt when the user left, declined or was missed, may be null
 */
public record Participant(
        String userId,
        String name,
        ParticipantRole role,
        ParticipantState state,
        boolean audioMuted,
        boolean videoMuted,
        String connectionQuality,
        boolean inRoom,
        Instant invitedAt,
        Instant joinedAt,
        Instant leftAt) {

    public Participant {
        UserRef.requireText(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        if (name == null || name.isBlank()) {
            name = userId;
        }
        invitedAt = Instants.millis(invitedAt);
        joinedAt = Instants.millis(joinedAt);
        leftAt = Instants.millis(leftAt);
    }

    /** The caller: a joined host. */
    public static Participant initiator(UserProfile user, Instant at) {
        return new Participant(user.userId(), user.name(), ParticipantRole.HOST, ParticipantState.JOINED,
                false, false, null, false, at, at, null);
    }

    /** An invitee who has not yet been reached. */
    public static Participant invitee(UserProfile user, Instant at) {
        return new Participant(user.userId(), user.name(), ParticipantRole.GUEST, ParticipantState.INVITED,
                false, false, null, false, at, null, null);
    }

    /** An invitee without an account, come through a guest pass: never a moderator. */
    public Participant asExternalGuest() {
        return new Participant(userId, name, ParticipantRole.GUEST_EXTERNAL, state, audioMuted, videoMuted,
                connectionQuality, inRoom, invitedAt, joinedAt, leftAt);
    }

    public Participant withState(ParticipantState newState) {
        return new Participant(userId, name, role, newState, audioMuted, videoMuted, connectionQuality, inRoom,
                invitedAt, joinedAt, leftAt);
    }

    public Participant joined(Instant at) {
        return new Participant(userId, name, role, ParticipantState.JOINED, audioMuted, videoMuted,
                connectionQuality, inRoom, invitedAt, joinedAt == null ? at : joinedAt, null);
    }

    public Participant ended(ParticipantState newState, Instant at) {
        return new Participant(userId, name, role, newState, audioMuted, videoMuted, connectionQuality, false,
                invitedAt, joinedAt, at);
    }

    public Participant reinvited(Instant at) {
        return new Participant(userId, name, role, ParticipantState.INVITED, audioMuted, videoMuted,
                connectionQuality, false, at, joinedAt, null);
    }

    public Participant withMedia(boolean audio, boolean video, String quality) {
        return new Participant(userId, name, role, state, audio, video, quality, inRoom, invitedAt, joinedAt, leftAt);
    }

    public Participant withInRoom(boolean present) {
        return new Participant(userId, name, role, state, audioMuted, videoMuted, connectionQuality, present,
                invitedAt, joinedAt, leftAt);
    }

    public boolean isHost() {
        return role == ParticipantRole.HOST;
    }
}
