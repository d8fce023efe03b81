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
 */
public record Meeting(UUID id, String tenant, String title, String host, List<String> inviteeIds, MediaType type,
        Instant startsAt, Instant endsAt, String room, String providerId, Instant createdAt, long version) {

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
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
    }

    /** The host or an invitee. */
    public boolean isAttendee(String userId) {
        return host.equals(userId) || inviteeIds.contains(userId);
    }
}
