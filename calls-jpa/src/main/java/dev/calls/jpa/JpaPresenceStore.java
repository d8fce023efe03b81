package dev.calls.jpa;

import dev.calls.UserRef;
import dev.calls.jpa.entity.PresenceEntity;
import dev.calls.jpa.entity.PresenceKey;
import dev.calls.jpa.entity.PresenceRows;
import dev.calls.jpa.internal.PresenceUpsert;
import dev.calls.jpa.internal.Storage;
import dev.calls.presence.Presence;
import dev.calls.spi.PresenceStore;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link PresenceStore} on Jakarta Persistence ({@code calls_presence}). The engine's batched
 * {@link #touch} is one transaction of one insert-or-update statement per 300 users. Thread-safe.
 */
public final class JpaPresenceStore implements PresenceStore {
    private static final int IN_CHUNK = 500;
    /**
     * A collision means another writer inserted one of the batch's new users meanwhile, so every attempt
     * makes progress; ten cover any realistic overlap of nodes flushing at once.
     */
    private static final int TOUCH_ATTEMPTS = 10;
    /** A settings change collides only with the first insert of the same user, so one retry suffices. */
    private static final int UPDATE_ATTEMPTS = 3;
    private static final Comparator<Map.Entry<UserRef, Instant>> BY_KEY = Comparator
            .comparing((Map.Entry<UserRef, Instant> e) -> e.getKey().tenant())
            .thenComparing(e -> e.getKey().userId());

    private final JpaTransactions tx;
    private final PresenceUpsert upsert;

    JpaPresenceStore(JpaTransactions tx, PresenceUpsert upsert) {
        this.tx = tx;
        this.upsert = upsert;
    }

    @Override
    public Optional<Presence> find(UserRef user) {
        return Storage.guard("find presence", () -> tx.read(em -> Optional
                .ofNullable(em.find(PresenceEntity.class, new PresenceKey(user.tenant(), user.userId())))
                .map(PresenceRows::presence)));
    }

    @Override
    public List<Presence> find(String tenant, Collection<String> userIds) {
        List<String> ids = userIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Storage.guard("find presence", () -> tx.read(em -> {
            List<Presence> found = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                em.createQuery("select p from PresenceEntity p where p.tenant = :tenant and p.userId in :ids",
                                PresenceEntity.class)
                        .setParameter("tenant", tenant)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(row -> found.add(PresenceRows.presence(row)));
            }
            return found;
        }));
    }

    @Override
    public void save(Presence presence) {
        try {
            saveOnce(presence);
        } catch (PersistenceException first) {
            // Two nodes inserting the same new user: the loser finds the row on its second try.
            Storage.guard("save presence", () -> {
                saveOnce(presence);
                return null;
            });
        }
    }

    private void saveOnce(Presence presence) {
        tx.write(em -> {
            UserRef user = presence.user();
            PresenceEntity row = em.find(PresenceEntity.class, new PresenceKey(user.tenant(), user.userId()),
                    LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                em.persist(PresenceRows.row(presence));
            } else {
                PresenceRows.save(row, presence);
            }
            return null;
        });
    }

    /** Under a row lock; two nodes inserting the same new user collide, and the loser runs again. */
    @Override
    public Presence update(UserRef user, UnaryOperator<Presence> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.write(em -> {
                    PresenceEntity row = em.find(PresenceEntity.class, new PresenceKey(user.tenant(), user.userId()),
                            LockModeType.PESSIMISTIC_WRITE);
                    Presence changed = change.apply(row == null ? Presence.initial(user) : PresenceRows.presence(row));
                    if (changed == null || !changed.user().equals(user)) {
                        throw new IllegalArgumentException("the change must return a presence of " + user);
                    }
                    if (row == null) {
                        row = PresenceRows.row(changed);
                        em.persist(row);
                        em.flush();
                    } else {
                        PresenceRows.save(row, changed);
                    }
                    return PresenceRows.presence(row);
                });
            } catch (PersistenceException | IllegalStateException e) {
                if (attempt == UPDATE_ATTEMPTS || !Storage.isCollision(e)) {
                    throw Storage.failure("update presence", e);
                }
            }
        }
    }

    @Override
    public void touch(Map<UserRef, Instant> lastSeen) {
        if (lastSeen.isEmpty()) {
            return;
        }
        List<Map.Entry<UserRef, Instant>> sorted = new ArrayList<>(lastSeen.entrySet());
        sorted.sort(BY_KEY);
        for (int attempt = 1; ; attempt++) {
            try {
                tx.write(em -> {
                    for (int from = 0; from < sorted.size(); from += PresenceUpsert.CHUNK) {
                        upsert.touch(em, sorted.subList(from, Math.min(sorted.size(), from + PresenceUpsert.CHUNK)));
                    }
                    return null;
                });
                return;
            } catch (PersistenceException | IllegalStateException e) {
                // Nodes inserting the same new users at once can collide (H2's MERGE is not atomic, InnoDB may
                // report a deadlock). The batch only moves instants forward, so running it again is safe.
                if (attempt == TOUCH_ATTEMPTS) {
                    throw Storage.failure("write presence", e);
                }
            }
        }
    }

    @Override
    public List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        String jpql = "select p from PresenceEntity p where p.tenant = :tenant and p.lastSeen >= :since"
                + (afterUserId == null ? "" : " and p.userId > :after") + " order by p.userId";
        return Storage.guard("list presence", () -> tx.read(em -> {
            var query = em.createQuery(jpql, PresenceEntity.class)
                    .setParameter("tenant", tenant)
                    .setParameter("since", seenSince.toEpochMilli())
                    .setMaxResults(limit);
            if (afterUserId != null) {
                query.setParameter("after", afterUserId);
            }
            return query.getResultList().stream().map(PresenceRows::presence).toList();
        }));
    }
}
