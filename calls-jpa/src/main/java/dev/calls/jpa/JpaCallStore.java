package dev.calls.jpa;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.ParticipantState;
import dev.calls.event.CallEvent;
import dev.calls.jpa.entity.CallEntity;
import dev.calls.jpa.entity.CallRows;
import dev.calls.jpa.entity.EventEntity;
import dev.calls.jpa.entity.EventRows;
import dev.calls.jpa.entity.Millis;
import dev.calls.jpa.entity.ParticipantEntity;
import dev.calls.jpa.internal.ClaimTable;
import dev.calls.jpa.internal.CursorTable;
import dev.calls.jpa.internal.EventLog;
import dev.calls.jpa.internal.Storage;
import dev.calls.spi.ClaimConflictException;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.HistoryQuery;
import dev.calls.spi.Lifecycle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link CallStore} on Jakarta Persistence: calls in {@code calls_call}, their participants in
 * {@code calls_participant}, the event log in {@code calls_event}. A call and its events are written in one
 * transaction; the conditional update is one {@code UPDATE … WHERE id = ? AND version = ?}, so of several
 * nodes racing for the same version exactly one writes and the others get an empty result and write
 * nothing. Thread-safe.
 *
 * <p>The claims of each call are rows of {@code calls_claim}, written in the same transaction as the call. A
 * claim another call holds is refused up front; two nodes taking the same claim at once collide on its
 * primary key, and the loser, finding the winner's committed claim on a second look, throws
 * {@link ClaimConflictException}.
 *
 * <p>It is also the {@link Lifecycle} of the schema, so {@code Calls.install()} creates the tables.
 */
public final class JpaCallStore implements CallStore, DeliveryCursors, Lifecycle {
    /** The live states as a JPQL list: a constant, so each query's translation is cached once. */
    private static final String LIVE = "('" + CallState.RINGING.wire() + "', '" + CallState.ACTIVE.wire() + "')";
    /** Collisions on a claim (or an InnoDB deadlock between them) before the winner's claim is seen. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final JpaTransactions tx;
    private final EventLog log;
    private final Lifecycle schema;
    private final CursorTable cursors;

    JpaCallStore(JpaTransactions tx, EventLog log, Lifecycle schema) {
        this.tx = tx;
        this.log = log;
        this.schema = schema;
        this.cursors = new CursorTable(tx);
    }

    @Override
    public List<CallEvent> create(Call call, List<CallEvent> events) {
        return claiming("create call", call, () -> {
            try {
                return tx.write(em -> {
                    em.persist(CallRows.callRow(call));
                    // The call row first: a provider that reorders inserts must not put participants before it.
                    em.flush();
                    CallRows.participantRows(call).forEach(em::persist);
                    ClaimTable.write(em, call, true);
                    return log.append(em, events);
                });
            } catch (PersistenceException | IllegalStateException e) {
                if (Storage.guard("create call", () -> exists(call))) {
                    throw new IllegalArgumentException("call " + call.id() + " or its room exists already", e);
                }
                throw e;
            }
        });
    }

    /**
     * Runs a write that takes the claims of {@code call}. When it fails on a key collision, the claim's
     * holder has committed by now: its conflict is thrown, or, if the holder has let go meanwhile, the write
     * runs again. Any other failure is the storage's.
     */
    private <T> T claiming(String what, Call call, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (PersistenceException | IllegalStateException e) {
                if (!Storage.isCollision(e)) {
                    throw Storage.failure(what, e);
                }
                Optional<ClaimConflictException> conflict = Storage.guard(what,
                        () -> tx.read(em -> ClaimTable.conflict(em, call)));
                if (conflict.isPresent()) {
                    conflict.get().addSuppressed(e);
                    throw conflict.get();
                }
                if (attempt == CLAIM_ATTEMPTS) {
                    throw Storage.failure(what, e);
                }
            }
        }
    }

    private boolean exists(Call call) {
        return tx.read(em -> !em.createQuery("select c.id from CallEntity c where c.id = :id or c.room = :room",
                        String.class)
                .setParameter("id", call.id().toString())
                .setParameter("room", call.room())
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
    }

    @Override
    public Optional<List<CallEvent>> update(Call updated, List<CallEvent> events) {
        return claiming("update call", updated, () -> tx.write(em -> {
            if (!claim(em, updated)) {
                return Optional.empty();
            }
            List<ParticipantEntity> rows = em.createQuery(
                            "select p from ParticipantEntity p where p.callId = :id", ParticipantEntity.class)
                    .setParameter("id", updated.id().toString())
                    .getResultList();
            CallRows.Changes changes = CallRows.apply(updated, rows);
            changes.removed().forEach(em::remove);
            if (!changes.removed().isEmpty()) {
                // A participant who left the list and came back must be deleted before being inserted again.
                em.flush();
            }
            changes.added().forEach(em::persist);
            ClaimTable.write(em, updated, false);
            return Optional.of(log.append(em, events));
        }));
    }

    /**
     * The conditional write: true if the stored version was the one before {@code updated}'s. Every column is
     * written, so the stored call becomes exactly {@code updated}. Plain SQL rather than JPQL: it is the hottest
     * statement, and a native statement skips the provider's query translation on every execution.
     */
    private static boolean claim(EntityManager em, Call updated) {
        return em.createNativeQuery("UPDATE calls_call SET tenant = ?1, media_type = ?2, initiator = ?3, room = ?4,"
                        + " provider_id = ?5, created_at = ?6, state = ?7, answered_at = ?8, ended_at = ?9,"
                        + " end_reason = ?10, deadline = ?11, idle_since = ?12, version = ?13"
                        + " WHERE id = ?14 AND version = ?15")
                .setParameter(1, updated.tenant())
                .setParameter(2, updated.type().wire())
                .setParameter(3, updated.initiator())
                .setParameter(4, updated.room())
                .setParameter(5, updated.providerId())
                .setParameter(6, updated.createdAt().toEpochMilli())
                .setParameter(7, updated.state().wire())
                .setParameter(8, millis(updated.answeredAt()))
                .setParameter(9, millis(updated.endedAt()))
                .setParameter(10, CallRows.endReason(updated))
                .setParameter(11, millis(updated.deadline()))
                .setParameter(12, millis(updated.idleSince()))
                .setParameter(13, updated.version())
                .setParameter(14, updated.id().toString())
                .setParameter(15, updated.version() - 1)
                .executeUpdate() == 1;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public List<CallEvent> append(List<CallEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return Storage.guard("append events", () -> tx.write(em -> log.append(em, events)));
    }

    @Override
    public Optional<Call> find(UUID id) {
        return Storage.guard("find call", () -> tx.read(em -> first(em.createQuery(
                        "select c, p from CallEntity c, ParticipantEntity p where c.id = :id and p.callId = c.id",
                        Object[].class)
                .setParameter("id", id.toString()))));
    }

    @Override
    public Optional<Call> findByRoom(String room) {
        return Storage.guard("find call by room", () -> tx.read(em -> first(em.createQuery(
                        "select c, p from CallEntity c, ParticipantEntity p where c.room = :room and p.callId = c.id",
                        Object[].class)
                .setParameter("room", room))));
    }

    private static Optional<Call> first(TypedQuery<Object[]> query) {
        return assemble(query.getResultList()).stream().findFirst();
    }

    @Override
    public List<Call> findLive(String tenant, String userId) {
        return Storage.guard("find live calls", () -> tx.read(em -> assemble(em.createQuery(
                        "select c, p from ParticipantEntity me, CallEntity c, ParticipantEntity p"
                                + " where me.tenant = :tenant and me.userId = :user and me.callLive = true"
                                + " and c.id = me.callId and c.state in " + LIVE + " and p.callId = c.id"
                                + " order by c.createdAt, c.id", Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("user", userId)
                .getResultList())));
    }

    @Override
    public List<Call> findDue(Instant now, int limit) {
        return Storage.guard("find due calls", () -> tx.read(em -> load(em, em.createQuery(
                        "select c.id from CallEntity c where c.deadline <= :now and c.state in " + LIVE
                                + " order by c.deadline, c.id")
                .setParameter("now", now.toEpochMilli())
                .setMaxResults(limit)
                .getResultList())));
    }

    @Override
    public List<Call> history(String tenant, String userId, HistoryQuery q) {
        StringBuilder jpql = new StringBuilder("select me.callId from ParticipantEntity me");
        if (q.missedOnly()) {
            jpql.append(", CallEntity c");
        }
        jpql.append(" where me.tenant = :tenant and me.userId = :user");
        if (q.missedOnly()) {
            jpql.append(" and c.id = me.callId and me.state = :missed and c.initiator <> :user");
        }
        if (q.since() != null) {
            jpql.append(" and me.callCreatedAt >= :since");
        }
        if (q.beforeCreatedAt() != null) {
            jpql.append(" and (me.callCreatedAt < :before or (me.callCreatedAt = :before and me.callId < :beforeId))");
        }
        jpql.append(" order by me.callCreatedAt desc, me.callId desc");
        return Storage.guard("read history", () -> tx.read(em -> {
            TypedQuery<String> query = em.createQuery(jpql.toString(), String.class)
                    .setParameter("tenant", tenant)
                    .setParameter("user", userId)
                    .setMaxResults(q.limit());
            if (q.missedOnly()) {
                query.setParameter("missed", ParticipantState.MISSED.wire());
            }
            if (q.since() != null) {
                query.setParameter("since", Millis.clamped(q.since()));
            }
            if (q.beforeCreatedAt() != null) {
                query.setParameter("before", Millis.clamped(q.beforeCreatedAt()));
                query.setParameter("beforeId", q.beforeId().toString());
            }
            return load(em, query.getResultList());
        }));
    }

    /** The calls with these ids, in the order given, each read with its participants in one statement. */
    static List<Call> load(EntityManager em, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Call> byId = new LinkedHashMap<>();
        for (Call call : assemble(em.createQuery(
                        "select c, p from CallEntity c, ParticipantEntity p where c.id in :ids and p.callId = c.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList())) {
            byId.put(call.id().toString(), call);
        }
        List<Call> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            Call call = byId.get(id);
            if (call != null) {
                ordered.add(call);
            }
        }
        return ordered;
    }

    /** Calls from (call, participant) rows, in the order their first row appears. */
    private static List<Call> assemble(List<Object[]> rows) {
        Map<String, CallEntity> calls = new LinkedHashMap<>();
        Map<String, List<ParticipantEntity>> participants = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CallEntity call = (CallEntity) row[0];
            String id = CallRows.id(call);
            calls.putIfAbsent(id, call);
            participants.computeIfAbsent(id, k -> new ArrayList<>()).add((ParticipantEntity) row[1]);
        }
        List<Call> result = new ArrayList<>(calls.size());
        calls.forEach((id, call) -> result.add(CallRows.call(call, participants.get(id))));
        return result;
    }

    @Override
    public List<CallEvent> eventsAfter(String tenant, long afterSequence, int limit) {
        return Storage.guard("read events", () -> tx.read(em -> em.createQuery(
                        "select e from EventEntity e where e.tenant = :tenant and e.sequence > :after"
                                + " order by e.sequence", EventEntity.class)
                .setParameter("tenant", tenant)
                .setParameter("after", afterSequence)
                .setMaxResults(limit)
                .getResultList().stream().map(EventRows::event).toList()));
    }

    @Override
    public List<CallEvent> eventsAfter(long afterSequence, int limit) {
        return Storage.guard("read events", () -> tx.read(em -> em.createQuery(
                        "select e from EventEntity e where e.sequence > :after order by e.sequence", EventEntity.class)
                .setParameter("after", afterSequence)
                .setMaxResults(limit)
                .getResultList().stream().map(EventRows::event).toList()));
    }

    @Override
    public long lastSequence() {
        return Storage.guard("read last sequence", () -> tx.read(em -> {
            Long max = em.createQuery("select max(e.sequence) from EventEntity e", Long.class).getSingleResult();
            return max == null ? 0L : max;
        }));
    }

    /** Creates or migrates the schema (see {@link JpaCalls#install()}). */
    @Override
    public void install() {
        schema.install();
    }

    /** Drops the schema unless {@code keepData} (see {@link JpaCalls#uninstall(boolean)}). */
    @Override
    public void uninstall(boolean keepData) {
        schema.uninstall(keepData);
    }

    // ------------------------------------------------------------------ delivery cursors, beside the log

    /** Shared by every node on the database: one of them at a time delivers to listeners and phones. */
    @Override
    public OptionalLong lease(String name, String owner, long startAt, Instant now, Duration ttl) {
        return cursors.lease(name, owner, startAt, now, ttl);
    }

    @Override
    public boolean advance(String name, String owner, long position) {
        return cursors.advance(name, owner, position);
    }

    @Override
    public void release(String name, String owner) {
        cursors.release(name, owner);
    }
}
