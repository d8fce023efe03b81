package dev.calls.spi;

import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestTarget;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where guest passes live. Thread-safe; throws {@link dev.calls.StorageException} only when storage is broken.
 * Every implementation passes {@code AbstractGuestStoreContractTest}.
 */
public interface GuestStore {

    /** Stores a new pass. @throws IllegalArgumentException if the id or the key hash exists already */
    void create(GuestPass pass);

    /** The pass, or empty. */
    Optional<GuestPass> find(UUID id);

    /** The pass whose key hashes to {@code keyHash}, or empty: how a presented pass is looked up. */
    Optional<GuestPass> findByKeyHash(String keyHash);

    /**
     * Replaces the pass if its stored version is {@code updated.version() - 1}.
     *
     * @return false if the version did not match or the pass is gone (nothing written); a lost race
     */
    boolean update(GuestPass updated);

    /** Removes the pass; false if there was none. Idempotent. */
    boolean delete(UUID id);

    /** The target's passes, by creation time then id, at most {@code limit}. */
    List<GuestPass> findByTarget(GuestTarget target, int limit);
}
