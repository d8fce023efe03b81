package dev.calls.meeting;

import dev.calls.Instants;
import dev.calls.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A scheduled call (an appointment): a room reserved for a time window, a host who moderates, and
 * invitees who get their own tokens within the join window.
 *
 * @param id unique id
 * @param tenant tenant of the host and every invitee
 * @param title shown in invitations
 * @param host user id of the organizer (moderator)
 * @param inviteeIds user ids of the invitees
 * @param type audio or video
 * @param startsAt scheduled start (milliseconds)
 * @param endsAt scheduled end, after the start
 * @param room the media room name
 * @param providerId the provider serving the room
 * @param createdAt when it was scheduled
 * @param version optimistic-concurrency version
 * @param waitingRoom whether guests (holders of guest passes) wait until a host admits them
 * @param admitOnHostJoin whether guests waiting when the organizer joins, and those who come later, are let in
 *     without a host's click
 * @param hostJoinedAt when the organizer first took a token to join, or null: guests who come earlier wait for them
 */
public record Meeting(UUID id, String tenant, String title, String host, List<String> inviteeIds, MediaType type,
        Instant startsAt, Instant endsAt, String room, String providerId, Instant createdAt, long version,
        boolean waitingRoom, boolean admitOnHostJoin, Instant hostJoinedAt) {

    /** A meeting without a waiting room, whose organizer has not joined yet. */
    public Meeting(UUID id, String tenant, String title, String host, List<String> inviteeIds, MediaType type,
            Instant startsAt, Instant endsAt, String room, String providerId, Instant createdAt, long version) {
        this(id, tenant, title, host, inviteeIds, type, startsAt, endsAt, room, providerId, createdAt, version, false,
                false, null);
    }

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(host, "host");
        inviteeIds = List.copyOf(inviteeIds);
        Objects.requireNonNull(type, "type");
        startsAt = Instants.millis(Objects.requireNonNull(startsAt, "startsAt"));
        endsAt = Instants.millis(Objects.requireNonNull(endsAt, "endsAt"));
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(providerId, "providerId");
        createdAt = Instants.millis(Objects.requireNonNull(createdAt, "createdAt"));
        hostJoinedAt = Instants.millis(hostJoinedAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
    }

    /** The same meeting, the organizer having joined at {@code at}, at the next version. */
    public Meeting withHostJoined(Instant at) {
        return new Meeting(id, tenant, title, host, inviteeIds, type, startsAt, endsAt, room, providerId, createdAt,
                version + 1, waitingRoom, admitOnHostJoin, at);
    }

    /** The host or an invitee. */
    public boolean isAttendee(String userId) {
        return host.equals(userId) || inviteeIds.contains(userId);
    }
}
