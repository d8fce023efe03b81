package dev.calls.memory;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.spi.PresenceStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Presence in memory. Thread-safe; {@code lastSeen} never moves backwards. */
public final class InMemoryPresenceStore implements PresenceStore {
    private final ConcurrentHashMap<UserRef, Presence> presences = new ConcurrentHashMap<>();

    @Override
    public Optional<Presence> find(UserRef user) {
        return Optional.ofNullable(presences.get(user));
    }

    @Override
    public List<Presence> find(String tenant, Collection<String> userIds) {
        return userIds.stream().distinct().map(id -> presences.get(UserRef.of(tenant, id)))
                .filter(Objects::nonNull).toList();
    }

    @Override
    public void save(Presence presence) {
        presences.merge(presence.user(), presence, InMemoryPresenceStore::settingsOf);
    }

    /** The new settings with the later of both {@code lastSeen}s. */
    private static Presence settingsOf(Presence old, Presence neu) {
        return new Presence(neu.user(), neu.status(), neu.message(), neu.available(), neu.doNotDisturb(),
                latest(old.lastSeen(), neu.lastSeen()));
    }

    /** Atomic per user: the map runs {@code change} while no other write to this user can happen. */
    @Override
    public Presence update(UserRef user, UnaryOperator<Presence> change) {
        return presences.compute(user, (key, old) -> {
            Presence current = old != null ? old : Presence.initial(user);
            Presence changed = change.apply(current);
            if (changed == null || !changed.user().equals(user)) {
                throw new IllegalArgumentException("the change must return a presence of " + user);
            }
            return settingsOf(current, changed);
        });
    }

    @Override
    public void touch(Map<UserRef, Instant> lastSeen) {
        lastSeen.forEach((user, at) -> presences.merge(user, Presence.initial(user).seen(at),
                (old, neu) -> old.seen(at)));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    @Override
    public List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        return presences.values().stream()
                .filter(p -> p.user().tenant().equals(tenant))
                .filter(p -> p.lastSeen() != null && !p.lastSeen().isBefore(seenSince))
                .filter(p -> afterUserId == null || p.user().userId().compareTo(afterUserId) > 0)
                .sorted(Comparator.comparing(p -> p.user().userId()))
                .limit(limit)
                .toList();
    }
}
