package dev.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A call between users of one tenant: 1:1 and group calls are the same type. Immutable; every change
 * produces a new value with the next {@link #version()}. Instants are truncated to milliseconds.
 *
 * @param id unique id
 * @param tenant the tenant all participants belong to
 * @param type audio or video
 * @param initiator the user id of the caller
 * @param participants the caller first, then the invitees in the order they were invited
 * @param room the media room name, {@code [a-z0-9-]} only
 * @param providerId the {@link dev.calls.spi.MeetingProvider} that serves the room
 * @param state current state
 * @param createdAt when the call was started
 * @param answeredAt when the first invitee accepted, may be null
 * @param endedAt when the call reached a terminal state, may be null
 * @param endReason why it ended, non-null exactly when the state is terminal
 * @param deadline when the engine must next look at this call on its own (ring timeout, maximum
 *     duration, idle time), null for terminal calls
 * @param idleSince since when nobody has been reported in the media room, while active; may be null
 * @param version optimistic-concurrency version, starting at 0
 */
public record Call(
        UUID id,
        String tenant,
        MediaType type,
        String initiator,
        List<Participant> participants,
        String room,
        String providerId,
        CallState state,
        Instant createdAt,
        Instant answeredAt,
        Instant endedAt,
        EndReason endReason,
        Instant deadline,
        Instant idleSince,
        long version) {

    public Call {
        Objects.requireNonNull(id, "id");
        UserRef.requireText(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        UserRef.requireText(initiator, "initiator");
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        UserRef.requireText(room, "room");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        if (state.isTerminal() != (endReason != null)) {
            throw new IllegalArgumentException("a call has an end reason exactly when it is terminal: "
                    + state + " / " + endReason);
        }
        createdAt = Instants.millis(createdAt);
        answeredAt = Instants.millis(answeredAt);
        endedAt = Instants.millis(endedAt);
        deadline = Instants.millis(deadline);
        idleSince = Instants.millis(idleSince);
    }

    public Optional<Participant> participant(String userId) {
        for (Participant p : participants) {
            if (p.userId().equals(userId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean hasParticipant(String userId) {
        return participant(userId).isPresent();
    }

    public boolean isInitiator(String userId) {
        return initiator.equals(userId);
    }

    /** Participants other than the initiator. */
    public List<Participant> invitees() {
        return participants.stream().filter(p -> !p.userId().equals(initiator)).toList();
    }

    public long joinedCount() {
        return participants.stream().filter(p -> p.state() == ParticipantState.JOINED).count();
    }

    /** A call with exactly one invitee. */
    public boolean isOneToOne() {
        return participants.size() == 2;
    }

    /** Time from answer to end (or to {@code now} while active); zero if never answered. */
    public Duration duration(Instant now) {
        if (answeredAt == null) {
            return Duration.ZERO;
        }
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(answeredAt) ? Duration.ZERO : Duration.between(answeredAt, end);
    }

    /** Duration in whole seconds, for terminal calls; null while live. */
    public Long durationSeconds() {
        return state.isTerminal() ? duration(endedAt).toSeconds() : null;
    }

    public UserRef initiatorRef() {
        return UserRef.of(tenant, initiator);
    }

    // ---- copy helpers used by the state machine; each returns a new value at the same version ----

    public Call withParticipant(String userId, UnaryOperator<Participant> change) {
        List<Participant> updated = participants.stream()
                .map(p -> p.userId().equals(userId) ? change.apply(p) : p)
                .toList();
        return with(updated, state, answeredAt, endedAt, endReason, deadline, idleSince, version);
    }

    public Call withParticipants(List<Participant> updated) {
        return with(updated, state, answeredAt, endedAt, endReason, deadline, idleSince, version);
    }

    public Call withState(CallState newState, EndReason reason, Instant endAt) {
        return with(participants, newState, answeredAt, endAt, reason, newState.isTerminal() ? null : deadline,
                newState.isTerminal() ? null : idleSince, version);
    }

    public Call withAnsweredAt(Instant at) {
        return with(participants, state, at, endedAt, endReason, deadline, idleSince, version);
    }

    public Call withDeadline(Instant at) {
        return with(participants, state, answeredAt, endedAt, endReason, at, idleSince, version);
    }

    public Call withIdleSince(Instant at) {
        return with(participants, state, answeredAt, endedAt, endReason, deadline, at, version);
    }

    public Call withVersion(long newVersion) {
        return with(participants, state, answeredAt, endedAt, endReason, deadline, idleSince, newVersion);
    }

    private Call with(List<Participant> ps, CallState s, Instant answered, Instant ended, EndReason reason,
            Instant due, Instant idle, long v) {
        return new Call(id, tenant, type, initiator, ps, room, providerId, s, createdAt, answered, ended, reason,
                due, idle, v);
    }
}
