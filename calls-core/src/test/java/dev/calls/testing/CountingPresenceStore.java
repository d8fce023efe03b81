package dev.calls.testing;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.spi.PresenceStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Wraps a presence store and counts its writes, to show that signs of life are written behind in batches. */
public final class CountingPresenceStore implements PresenceStore {
    private final PresenceStore delegate;
    public final AtomicInteger saves = new AtomicInteger();
    public final AtomicInteger touches = new AtomicInteger();
    public final AtomicInteger touchedUsers = new AtomicInteger();

    public CountingPresenceStore(PresenceStore delegate) {
        this.delegate = delegate;
    }

    /** Every write: each save or update and each touch batch. */
    public int writes() {
        return saves.get() + touches.get();
    }

    @Override
    public Optional<Presence> find(UserRef user) {
        return delegate.find(user);
    }

    @Override
    public List<Presence> find(String tenant, Collection<String> userIds) {
        return delegate.find(tenant, userIds);
    }

    @Override
    public void save(Presence presence) {
        saves.incrementAndGet();
        delegate.save(presence);
    }

    @Override
    public Presence update(UserRef user, UnaryOperator<Presence> change) {
        saves.incrementAndGet();
        return delegate.update(user, change);
    }

    @Override
    public void touch(Map<UserRef, Instant> lastSeen) {
        touches.incrementAndGet();
        touchedUsers.addAndGet(lastSeen.size());
        delegate.touch(lastSeen);
    }

    @Override
    public List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit) {
        return delegate.findSeenSince(tenant, seenSince, afterUserId, limit);
    }
}
