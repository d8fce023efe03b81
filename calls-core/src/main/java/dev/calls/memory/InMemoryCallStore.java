package dev.calls.memory;

import dev.calls.Call;
import dev.calls.ParticipantState;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.spi.CallClaim;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.ClaimConflictException;
import dev.calls.spi.HistoryQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Calls and events in memory, for a single node, tests and demos. Thread-safe: one lock guards the calls,
 * their claims and the log, so a call, its claims and its events are written atomically and sequences never
 * go backwards. The
 * log grows without bound; a long-running host uses a durable store.
 */
public final class InMemoryCallStore implements CallStore, DeliveryCursors {
    private static final Comparator<Call> NEWEST_FIRST =
            Comparator.comparing(Call::createdAt).thenComparing(Call::id).reversed();

    private final Map<UUID, Call> calls = new HashMap<>();
    private final List<CallEvent> log = new ArrayList<>();
    /** Ids of ringing and active calls, so timeouts and live look-ups never scan every call ever made. */
    private final Set<UUID> live = new HashSet<>();
    /** Live call ids by participant. */
    private final Map<UserRef, Set<UUID>> liveByUser = new HashMap<>();
    /** The call holding each claim. */
    private final Map<CallClaim, UUID> claims = new HashMap<>();

    @Override
    public synchronized List<CallEvent> create(Call call, List<CallEvent> events) {
        if (calls.containsKey(call.id())) {
            throw new IllegalArgumentException("call " + call.id() + " exists already");
        }
        List<CallClaim> taken = CallClaim.of(call);
        requireFree(call, taken);
        taken.forEach(claim -> claims.put(claim, call.id()));
        calls.put(call.id(), call);
        index(null, call);
        return appendLocked(events);
    }

    @Override
    public synchronized Optional<List<CallEvent>> update(Call updated, List<CallEvent> events) {
        Call stored = calls.get(updated.id());
        if (stored == null || stored.version() != updated.version() - 1) {
            return Optional.empty();
        }
        List<CallClaim> taken = CallClaim.of(updated);
        requireFree(updated, taken);
        CallClaim.of(stored).forEach(claim -> claims.remove(claim, stored.id()));
        taken.forEach(claim -> claims.put(claim, updated.id()));
        calls.put(updated.id(), updated);
        index(stored, updated);
        return Optional.of(appendLocked(events));
    }

    @Override
    public synchronized List<CallEvent> append(List<CallEvent> events) {
        return appendLocked(events);
    }

    private void requireFree(Call call, List<CallClaim> wanted) {
        for (CallClaim claim : wanted) {
            UUID holder = claims.get(claim);
            if (holder != null && !holder.equals(call.id())) {
                throw new ClaimConflictException(holder, claim);
            }
        }
    }

    private void index(Call before, Call after) {
        if (before != null && !before.state().isTerminal()) {
            live.remove(before.id());
            for (var p : before.participants()) {
                liveByUser.computeIfPresent(key(before.tenant(), p.userId()), (k, ids) -> {
                    ids.remove(before.id());
                    return ids.isEmpty() ? null : ids;
                });
            }
        }
        if (!after.state().isTerminal()) {
            live.add(after.id());
            for (var p : after.participants()) {
                liveByUser.computeIfAbsent(key(after.tenant(), p.userId()), k -> new HashSet<>(2)).add(after.id());
            }
        }
    }

    private static UserRef key(String tenant, String userId) {
        return UserRef.of(tenant, userId);
    }

    private List<CallEvent> appendLocked(List<CallEvent> events) {
        List<CallEvent> stored = new ArrayList<>(events.size());
        for (CallEvent event : events) {
            CallEvent withSeq = event.withSequence(log.size() + 1L);
            log.add(withSeq);
            stored.add(withSeq);
        }
        return stored;
    }

    /** Every call of the tenant, for {@link InMemoryAdminStore}. */
    synchronized List<Call> calls(String tenant) {
        return calls.values().stream().filter(c -> c.tenant().equals(tenant)).toList();
    }

    /** The tenant's live calls, oldest first, for {@link InMemoryAdminStore}. */
    synchronized List<Call> liveCalls(String tenant, int limit) {
        return live.stream().map(calls::get).filter(c -> c.tenant().equals(tenant))
                .sorted(Comparator.comparing(Call::createdAt).thenComparing(Call::id)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Call> find(UUID id) {
        return Optional.ofNullable(calls.get(id));
    }

    @Override
    public synchronized Optional<Call> findByRoom(String room) {
        return calls.values().stream().filter(c -> c.room().equals(room)).findFirst();
    }

    @Override
    public synchronized List<Call> findLive(String tenant, String userId) {
        Set<UUID> ids = liveByUser.getOrDefault(key(tenant, userId), Set.of());
        return ids.stream().map(calls::get)
                .sorted(Comparator.comparing(Call::createdAt).thenComparing(Call::id))
                .toList();
    }

    @Override
    public synchronized List<Call> findDue(Instant now, int limit) {
        return live.stream().map(calls::get)
                .filter(c -> c.deadline() != null && !c.deadline().isAfter(now))
                .sorted(Comparator.comparing(Call::deadline).thenComparing(Call::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Call> history(String tenant, String userId, HistoryQuery query) {
        return calls.values().stream()
                .filter(c -> c.tenant().equals(tenant) && c.hasParticipant(userId))
                .filter(c -> !query.missedOnly() || missedBy(c, userId))
                .filter(c -> query.since() == null || !c.createdAt().isBefore(query.since()))
                .filter(c -> query.beforeCreatedAt() == null || before(c, query))
                .sorted(NEWEST_FIRST)
                .limit(query.limit())
                .toList();
    }

    private static boolean missedBy(Call call, String userId) {
        return !call.isInitiator(userId)
                && call.participant(userId).map(p -> p.state() == ParticipantState.MISSED).orElse(false);
    }

    private static boolean before(Call call, HistoryQuery query) {
        int cmp = call.createdAt().compareTo(query.beforeCreatedAt());
        return cmp < 0 || (cmp == 0 && call.id().compareTo(query.beforeId()) < 0);
    }

    @Override
    public synchronized List<CallEvent> eventsAfter(String tenant, long afterSequence, int limit) {
        return tail(afterSequence).stream().filter(e -> e.tenant().equals(tenant)).limit(limit).toList();
    }

    @Override
    public synchronized List<CallEvent> eventsAfter(long afterSequence, int limit) {
        return tail(afterSequence).stream().limit(limit).toList();
    }

    private List<CallEvent> tail(long afterSequence) {
        int from = (int) Math.max(0, Math.min(afterSequence, log.size()));
        return log.subList(from, log.size());
    }

    @Override
    public synchronized long lastSequence() {
        return log.size();
    }

    // ------------------------------------------------------------------ delivery cursors, beside the log

    private final InMemoryDeliveryCursors cursors = new InMemoryDeliveryCursors();

    @Override
    public java.util.OptionalLong lease(String name, String owner, long startAt, java.time.Instant now,
            java.time.Duration ttl) {
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
