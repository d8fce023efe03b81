package dev.calls.spi;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where presence lives between nodes and restarts. The engine keeps signs of life in memory and writes
 * them behind in batches with {@link #touch} (never once per heartbeat); settings a user changes are
 * written through with {@link #update} (or replaced whole with {@link #save}). Thread-safe; throws {@link dev.calls.StorageException} only when
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
     * Changes the user's stored presence atomically: {@code change} receives the stored presence (or
     * {@link Presence#initial} if never stored) and its result is stored, with no other write to this user
     * in between, so two devices changing different settings at once both keep their change. The result's
     * {@code lastSeen} is kept if later than the stored one, else ignored, as with {@link #save}. The store
     * may call {@code change} more than once (after a lost race), so it must have no side effects.
     *
     * @return the presence as stored
     * @throws IllegalArgumentException if {@code change} returns null or a presence of another user
     */
    Presence update(UserRef user, UnaryOperator<Presence> change);

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
