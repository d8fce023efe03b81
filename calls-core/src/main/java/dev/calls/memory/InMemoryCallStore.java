package dev.calls.memory;

import dev.calls.Call;
import dev.calls.ParticipantState;
import dev.calls.event.CallEvent;
import dev.calls.spi.CallStore;
import dev.calls.spi.HistoryQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls and events in memory, for a single node, tests and demos. Thread-safe: one lock guards the calls
 * and the log, so a call and its events are written atomically and sequences never go backwards. The
 * log grows without bound; a long-running host uses a durable store.
 */
public final class InMemoryCallStore implements CallStore {
    private static final Comparator<Call> NEWEST_FIRST =
            Comparator.comparing(Call::createdAt).thenComparing(Call::id).reversed();

    private final Map<UUID, Call> calls = new HashMap<>();
    private final List<CallEvent> log = new ArrayList<>();

    @Override
    public synchronized List<CallEvent> create(Call call, List<CallEvent> events) {
        if (calls.containsKey(call.id())) {
            throw new IllegalArgumentException("call " + call.id() + " exists already");
        }
        calls.put(call.id(), call);
        return appendLocked(events);
    }

    @Override
    public synchronized Optional<List<CallEvent>> update(Call updated, List<CallEvent> events) {
        Call stored = calls.get(updated.id());
        if (stored == null || stored.version() != updated.version() - 1) {
            return Optional.empty();
        }
        calls.put(updated.id(), updated);
        return Optional.of(appendLocked(events));
    }

    @Override
    public synchronized List<CallEvent> append(List<CallEvent> events) {
        return appendLocked(events);
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
        return calls.values().stream()
                .filter(c -> !c.state().isTerminal() && c.tenant().equals(tenant) && c.hasParticipant(userId))
                .sorted(Comparator.comparing(Call::createdAt).thenComparing(Call::id))
                .toList();
    }

    @Override
    public synchronized List<Call> findDue(Instant now, int limit) {
        return calls.values().stream()
                .filter(c -> !c.state().isTerminal() && c.deadline() != null && !c.deadline().isAfter(now))
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
}
