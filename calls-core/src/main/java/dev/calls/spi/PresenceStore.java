package dev.calls.spi;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where presence lives between nodes and restarts. The engine keeps signs of life in memory and writes
 * them behind in batches with {@link #touch} (never once per heartbeat); settings a user changes are
 * written through with {@link #save}. Thread-safe; throws {@link dev.calls.StorageException} only when
 * storage is broken. Every implementation passes {@code AbstractPresenceStoreContractTest}.
 */
public interface PresenceStore {

    /** The stored presence of the user, or empty if never stored. */
    Optional<Presence> find(UserRef user);

    /** The stored presences of these users of the tenant; users never stored are absent. */
    List<Presence> find(String tenant, Collection<String> userIds);

    /**
     * Inserts or replaces the user's settings (status, message, available, do-not-disturb). Its
     * {@code lastSeen} is kept if later than the stored one, else ignored. Idempotent.
     */
    void save(Presence presence);

    /**
     * Moves each user's {@code lastSeen} forward to the given instant; an older instant than the stored
     * one changes nothing. A user never stored is inserted with {@link Presence#initial} settings.
     * Idempotent.
     */
    void touch(Map<UserRef, Instant> lastSeen);

    /**
     * Users of the tenant last seen at or after {@code seenSince}, ordered by user id ascending, after
     * {@code afterUserId} (exclusive; null for the first page), at most {@code limit}.
     */
    List<Presence> findSeenSince(String tenant, Instant seenSince, String afterUserId, int limit);
}
