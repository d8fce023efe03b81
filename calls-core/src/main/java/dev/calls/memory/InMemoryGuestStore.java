package dev.calls.memory;

import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestTarget;
import dev.calls.spi.GuestStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Guest passes in memory, for one node and tests. Thread-safe. */
public final class InMemoryGuestStore implements GuestStore {
    private final Map<UUID, GuestPass> passes = new ConcurrentHashMap<>();
    private final Map<String, UUID> byKey = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(GuestPass pass) {
        if (passes.containsKey(pass.id()) || byKey.containsKey(pass.keyHash())) {
            throw new IllegalArgumentException("guest pass exists already: " + pass.id());
        }
        passes.put(pass.id(), pass);
        byKey.put(pass.keyHash(), pass.id());
    }

    @Override
    public Optional<GuestPass> find(UUID id) {
        return Optional.ofNullable(passes.get(id));
    }

    @Override
    public Optional<GuestPass> findByKeyHash(String keyHash) {
        UUID id = byKey.get(keyHash);
        return id == null ? Optional.empty() : find(id);
    }

    @Override
    public boolean update(GuestPass updated) {
        boolean[] done = {false};
        passes.computeIfPresent(updated.id(), (id, old) -> {
            if (old.version() == updated.version() - 1) {
                done[0] = true;
                return updated;
            }
            return old;
        });
        return done[0];
    }

    @Override
    public synchronized boolean delete(UUID id) {
        GuestPass old = passes.remove(id);
        if (old == null) {
            return false;
        }
        byKey.remove(old.keyHash());
        return true;
    }

    @Override
    public List<GuestPass> findByTarget(GuestTarget target, int limit) {
        return passes.values().stream().filter(p -> p.target().equals(target))
                .sorted(Comparator.comparing(GuestPass::createdAt).thenComparing(p -> p.id().toString()))
                .limit(limit).toList();
    }
}
