package dev.calls.servlet.support;

import dev.calls.Call;
import dev.calls.StorageException;
import dev.calls.event.CallEvent;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.spi.CallStore;
import dev.calls.spi.HistoryQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The in-memory store, with a switch that makes it unreachable, broken, or always lose write races. */
public final class FlakyCallStore implements CallStore {
    public enum Mode { WORKING, UNREACHABLE, BROKEN, ALWAYS_CONFLICTS }

    private final InMemoryCallStore store = new InMemoryCallStore();
    private volatile Mode mode = Mode.WORKING;

    public void mode(Mode mode) {
        this.mode = mode;
    }

    private void check() {
        switch (mode) {
            case UNREACHABLE -> throw new StorageException("connection to db-7.internal:5432 refused (user calls_admin)",
                    new java.net.ConnectException("refused"));
            case BROKEN -> throw new IllegalStateException("internal detail: page 7731 of calls_v2 unreadable");
            default -> { }
        }
    }

    @Override
    public List<CallEvent> create(Call call, List<CallEvent> events) {
        check();
        return store.create(call, events);
    }

    @Override
    public Optional<List<CallEvent>> update(Call updated, List<CallEvent> events) {
        check();
        return mode == Mode.ALWAYS_CONFLICTS ? Optional.empty() : store.update(updated, events);
    }

    @Override
    public List<CallEvent> append(List<CallEvent> events) {
        check();
        return store.append(events);
    }

    @Override
    public Optional<Call> find(UUID id) {
        check();
        return store.find(id);
    }

    @Override
    public Optional<Call> findByRoom(String room) {
        check();
        return store.findByRoom(room);
    }

    @Override
    public List<Call> findLive(String tenant, String userId) {
        check();
        return store.findLive(tenant, userId);
    }

    @Override
    public List<Call> findDue(Instant now, int limit) {
        check();
        return store.findDue(now, limit);
    }

    @Override
    public List<Call> history(String tenant, String userId, HistoryQuery query) {
        check();
        return store.history(tenant, userId, query);
    }

    @Override
    public List<CallEvent> eventsAfter(String tenant, long afterSequence, int limit) {
        check();
        return store.eventsAfter(tenant, afterSequence, limit);
    }

    @Override
    public List<CallEvent> eventsAfter(long afterSequence, int limit) {
        check();
        return store.eventsAfter(afterSequence, limit);
    }

    @Override
    public long lastSequence() {
        check();
        return store.lastSequence();
    }
}
