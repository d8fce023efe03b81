package dev.calls.memory;

import dev.calls.meeting.Meeting;
import dev.calls.spi.MeetingStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Meetings in memory. Thread-safe. */
public final class InMemoryMeetingStore implements MeetingStore {
    private final ConcurrentHashMap<UUID, Meeting> meetings = new ConcurrentHashMap<>();

    @Override
    public void create(Meeting meeting) {
        if (meetings.putIfAbsent(meeting.id(), meeting) != null) {
            throw new IllegalArgumentException("meeting " + meeting.id() + " exists already");
        }
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public boolean update(Meeting updated) {
        boolean[] done = {false};
        meetings.computeIfPresent(updated.id(), (id, old) -> {
            if (old.version() == updated.version() - 1) {
                done[0] = true;
                return updated;
            }
            return old;
        });
        return done[0];
    }

    @Override
    public boolean delete(UUID id) {
        return meetings.remove(id) != null;
    }

    @Override
    public List<Meeting> findUpcoming(String tenant, String userId, Instant endsAfter, int limit) {
        return meetings.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.isAttendee(userId) && m.endsAt().isAfter(endsAfter))
                .sorted(Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::id))
                .limit(limit)
                .toList();
    }
}
