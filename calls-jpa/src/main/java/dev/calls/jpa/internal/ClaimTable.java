package dev.calls.jpa.internal;

import dev.calls.Call;
import dev.calls.jpa.entity.ClaimEntity;
import dev.calls.jpa.entity.ClaimRows;
import dev.calls.spi.CallClaim;
import dev.calls.spi.ClaimConflictException;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The claims of {@code calls_claim}, written in the transaction that writes their call. A claim another call
 * holds is refused before anything is inserted; two transactions taking the same claim at once collide on
 * the primary key, and the loser's whole change rolls back.
 */
public final class ClaimTable {
    private ClaimTable() {
    }

    /**
     * Makes the stored claims of {@code call} those {@link CallClaim#of} derives from it: takes the new ones
     * and releases those it no longer holds.
     *
     * @param created whether the call is new (it holds nothing yet)
     * @throws ClaimConflictException if another call holds one of the claims (as committed so far)
     */
    public static void write(EntityManager em, Call call, boolean created) {
        List<CallClaim> wanted = CallClaim.of(call);
        Optional<ClaimConflictException> conflict = conflict(em, call, wanted);
        if (conflict.isPresent()) {
            throw conflict.get();
        }
        Map<CallClaim, ClaimEntity> held = new HashMap<>();
        if (!created) {
            em.createQuery("select k from ClaimEntity k where k.callId = :id", ClaimEntity.class)
                    .setParameter("id", call.id().toString())
                    .getResultList()
                    .forEach(row -> held.put(ClaimRows.claim(row), row));
        }
        Set<CallClaim> keep = new HashSet<>(wanted);
        held.forEach((claim, row) -> {
            if (!keep.contains(claim)) {
                em.remove(row);
            }
        });
        for (CallClaim claim : wanted) {
            if (!held.containsKey(claim)) {
                em.persist(ClaimRows.row(claim, call.id()));
            }
        }
        em.flush();
    }

    /** The first claim of {@code call}, in {@link CallClaim#of} order, that another call holds. */
    public static Optional<ClaimConflictException> conflict(EntityManager em, Call call) {
        return conflict(em, call, CallClaim.of(call));
    }

    private static Optional<ClaimConflictException> conflict(EntityManager em, Call call, List<CallClaim> wanted) {
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<String> users = wanted.stream().map(CallClaim::userId).distinct().toList();
        Map<CallClaim, UUID> holders = new HashMap<>();
        em.createQuery("select k from ClaimEntity k where k.tenant = :tenant and k.userId in :users",
                        ClaimEntity.class)
                .setParameter("tenant", call.tenant())
                .setParameter("users", users)
                .getResultList()
                .forEach(row -> holders.put(ClaimRows.claim(row), ClaimRows.callId(row)));
        for (CallClaim claim : wanted) {
            UUID holder = holders.get(claim);
            if (holder != null && !holder.equals(call.id())) {
                return Optional.of(new ClaimConflictException(holder, claim));
            }
        }
        return Optional.empty();
    }
}
