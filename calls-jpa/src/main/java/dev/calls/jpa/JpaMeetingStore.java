package dev.calls.jpa;

import dev.calls.jpa.entity.MeetingEntity;
import dev.calls.jpa.entity.MeetingInviteeEntity;
import dev.calls.jpa.entity.MeetingRows;
import dev.calls.jpa.internal.Storage;
import dev.calls.meeting.Meeting;
import dev.calls.spi.MeetingStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MeetingStore} on Jakarta Persistence ({@code calls_meeting}, {@code calls_meeting_invitee}). Updates
 * are conditional on the version in the same way as calls. Thread-safe.
 */
public final class JpaMeetingStore implements MeetingStore {
    private final JpaTransactions tx;

    JpaMeetingStore(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(Meeting meeting) {
        try {
            tx.write(em -> {
                em.persist(MeetingRows.row(meeting));
                em.flush();
                MeetingRows.invitees(meeting).forEach(em::persist);
                return null;
            });
        } catch (PersistenceException | IllegalStateException e) {
            if (find(meeting.id()).isPresent()) {
                throw new IllegalArgumentException("meeting " + meeting.id() + " exists already", e);
            }
            throw Storage.failure("create meeting", e);
        }
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        return Storage.guard("find meeting", () -> tx.read(em -> load(em, List.of(id.toString())).stream().findFirst()));
    }

    @Override
    public boolean update(Meeting updated) {
        return Storage.guard("update meeting", () -> tx.write(em -> {
            int claimed = em.createQuery("update MeetingEntity m set m.title = :title, m.host = :host,"
                            + " m.mediaType = :type, m.startsAt = :startsAt, m.endsAt = :endsAt, m.room = :room,"
                            + " m.providerId = :provider, m.waitingRoom = :waitingRoom, m.admitOnHostJoin = :admit,"
                            + " m.hostJoinedAt = :hostJoinedAt, m.version = :version"
                            + " where m.id = :id and m.version = :expected")
                    .setParameter("title", updated.title())
                    .setParameter("host", updated.host())
                    .setParameter("type", updated.type().wire())
                    .setParameter("startsAt", updated.startsAt().toEpochMilli())
                    .setParameter("endsAt", updated.endsAt().toEpochMilli())
                    .setParameter("room", updated.room())
                    .setParameter("provider", updated.providerId())
                    .setParameter("waitingRoom", updated.waitingRoom())
                    .setParameter("admit", updated.admitOnHostJoin())
                    .setParameter("hostJoinedAt", updated.hostJoinedAt() == null ? null
                            : updated.hostJoinedAt().toEpochMilli())
                    .setParameter("version", updated.version())
                    .setParameter("id", updated.id().toString())
                    .setParameter("expected", updated.version() - 1)
                    .executeUpdate();
            if (claimed == 0) {
                return false;
            }
            deleteInvitees(em, updated.id());
            MeetingRows.invitees(updated).forEach(em::persist);
            return true;
        }));
    }

    @Override
    public boolean delete(UUID id) {
        return Storage.guard("delete meeting", () -> tx.write(em -> {
            deleteInvitees(em, id);
            return em.createQuery("delete from MeetingEntity m where m.id = :id")
                    .setParameter("id", id.toString())
                    .executeUpdate() > 0;
        }));
    }

    private static void deleteInvitees(EntityManager em, UUID id) {
        em.createQuery("delete from MeetingInviteeEntity i where i.meetingId = :id")
                .setParameter("id", id.toString())
                .executeUpdate();
    }

    @Override
    public List<Meeting> findUpcoming(String tenant, String userId, Instant endsAfter, int limit) {
        return Storage.guard("find meetings", () -> tx.read(em -> load(em, em.createQuery(
                        "select m.id from MeetingEntity m where m.tenant = :tenant and m.endsAt > :endsAfter"
                                + " and (m.host = :user or exists (select i.listIndex from MeetingInviteeEntity i"
                                + " where i.meetingId = m.id and i.userId = :user))"
                                + " order by m.startsAt, m.id", String.class)
                .setParameter("tenant", tenant)
                .setParameter("endsAfter", endsAfter.toEpochMilli())
                .setParameter("user", userId)
                .setMaxResults(limit)
                .getResultList())));
    }

    /** The meetings with these ids, in the order given: two statements whatever the count. */
    private static List<Meeting> load(EntityManager em, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<MeetingInviteeEntity>> invitees = new HashMap<>();
        em.createQuery("select i from MeetingInviteeEntity i where i.meetingId in :ids", MeetingInviteeEntity.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(i -> invitees.computeIfAbsent(MeetingRows.meetingId(i), k -> new ArrayList<>()).add(i));
        Map<String, MeetingEntity> rows = new HashMap<>();
        em.createQuery("select m from MeetingEntity m where m.id in :ids", MeetingEntity.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(m -> rows.put(MeetingRows.id(m), m));
        List<Meeting> result = new ArrayList<>();
        for (String id : ids) {
            MeetingEntity row = rows.get(id);
            if (row != null) {
                result.add(MeetingRows.meeting(row, invitees.getOrDefault(id, List.of())));
            }
        }
        return result;
    }
}
