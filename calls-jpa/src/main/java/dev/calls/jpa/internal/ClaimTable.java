package dev.calls.jpa.internal;

import dev.calls.Call;
import dev.calls.CallState;
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
     * and releases those it no longer holds. One query reads both the claims the call holds and those of its
     * users; a change of claims adds one batch.
     *
     * @param created whether the call is new (it holds nothing yet)
     * @throws ClaimConflictException if another call holds one of the claims (as committed so far)
     */
    public static void write(EntityManager em, Call call, boolean created) {
        List<CallClaim> wanted = CallClaim.of(call);
        if (created && wanted.isEmpty()) {
            return;
        }
        List<ClaimEntity> rows = withoutStale(em, call, rows(em, call, wanted, created), true);
        Optional<ClaimConflictException> conflict = conflict(call, wanted, rows);
        if (conflict.isPresent()) {
            throw conflict.get();
        }
        Map<CallClaim, ClaimEntity> held = new HashMap<>();
        rows.stream().filter(row -> ClaimRows.callId(row).equals(call.id()))
                .forEach(row -> held.put(ClaimRows.claim(row), row));
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
        List<CallClaim> wanted = CallClaim.of(call);
        return wanted.isEmpty() ? Optional.empty()
                : conflict(call, wanted, withoutStale(em, call, rows(em, call, wanted, true), false));
    }

    /**
     * The rows, less those of other calls that are no longer live, which are deleted when {@code delete}: a node of
     * an earlier version that ended such a call did not know this table, and its claims must not lock their users
     * out.
     */
    private static List<ClaimEntity> withoutStale(EntityManager em, Call call, List<ClaimEntity> rows,
            boolean delete) {
        List<String> others = rows.stream().map(row -> ClaimRows.callId(row)).filter(id -> !id.equals(call.id()))
                .map(UUID::toString).distinct().toList();
        if (others.isEmpty()) {
            return rows;
        }
        Set<String> live = new HashSet<>(em.createQuery("select c.id from CallEntity c where c.id in :ids"
                + " and c.state in :live", String.class)
                .setParameter("ids", others)
                .setParameter("live", List.of(CallState.RINGING.wire(), CallState.ACTIVE.wire()))
                .getResultList());
        List<ClaimEntity> kept = new java.util.ArrayList<>();
        for (ClaimEntity row : rows) {
            UUID holder = ClaimRows.callId(row);
            if (holder.equals(call.id()) || live.contains(holder.toString())) {
                kept.add(row);
            } else if (delete) {
                em.remove(row);
            }
        }
        return kept;
    }

    /** The claims of the users {@code wanted} names and, unless {@code created}, those the call holds. */
    private static List<ClaimEntity> rows(EntityManager em, Call call, List<CallClaim> wanted, boolean created) {
        if (wanted.isEmpty()) {
            return em.createQuery("select k from ClaimEntity k where k.callId = :id", ClaimEntity.class)
                    .setParameter("id", call.id().toString())
                    .getResultList();
        }
        String jpql = "select k from ClaimEntity k where (k.tenant = :tenant and k.userId in :users)"
                + (created ? "" : " or k.callId = :id");
        var query = em.createQuery(jpql, ClaimEntity.class)
                .setParameter("tenant", call.tenant())
                .setParameter("users", wanted.stream().map(CallClaim::userId).distinct().toList());
        if (!created) {
            query.setParameter("id", call.id().toString());
        }
        return query.getResultList();
    }

    private static Optional<ClaimConflictException> conflict(Call call, List<CallClaim> wanted,
            List<ClaimEntity> rows) {
        Map<CallClaim, UUID> holders = new HashMap<>();
        rows.forEach(row -> holders.put(ClaimRows.claim(row), ClaimRows.callId(row)));
        for (CallClaim claim : wanted) {
            UUID holder = holders.get(claim);
            if (holder != null && !holder.equals(call.id())) {
                return Optional.of(new ClaimConflictException(holder, claim));
            }
        }
        return Optional.empty();
    }
}
