package dev.calls.spi;

import dev.calls.meeting.Meeting;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where scheduled meetings live. Thread-safe; throws {@link dev.calls.StorageException} only when
 * storage is broken. Every implementation passes {@code AbstractMeetingStoreContractTest}.
 */
public interface MeetingStore {

    /** Stores a new meeting. @throws IllegalArgumentException if the id exists already */
    void create(Meeting meeting);

    /** The meeting, or empty. */
    Optional<Meeting> find(UUID id);

    /**
     * Replaces the meeting if its stored version is {@code updated.version() - 1}.
     *
     * @return false if the version did not match (nothing written)
     */
    boolean update(Meeting updated);

    /** Removes the meeting; false if there was none. Idempotent. */
    boolean delete(UUID id);

    /**
     * Meetings of the tenant where the user is host or invitee that end after {@code endsAfter}, by start
     * time ascending, at most {@code limit}.
     */
    List<Meeting> findUpcoming(String tenant, String userId, Instant endsAfter, int limit);
}
