package dev.calls.internal;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventService;
import dev.calls.event.Replay;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import java.util.ArrayList;
import java.util.List;

/** Live events through the transport; past events from the store, filtered to what the user may see. */
final class Events implements EventService {
    private static final int BATCH = 500;

    private final CallStore store;
    private final EventTransport transport;

    Events(CallStore store, EventTransport transport) {
        this.store = store;
        this.transport = transport;
    }

    @Override
    public EventTransport.Subscription subscribe(UserRef user, EventTransport.Listener listener) {
        return transport.subscribe(user, listener);
    }

    @Override
    public EventTransport.Subscription subscribe(UserRef user, java.util.Set<String> watching,
            EventTransport.Listener listener) {
        return transport.subscribe(user, watching, listener);
    }

    @Override
    public List<CallEvent> after(UserRef user, long afterSequence, int limit) {
        if (limit < 1 || limit > 500) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "limit must be between 1 and 500");
        }
        return replay(user, afterSequence, new Replay.Limits(limit, Integer.MAX_VALUE)).events();
    }

    @Override
    public Replay replay(UserRef user, long afterSequence, Replay.Limits limits) {
        if (afterSequence < 0) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "the sequence must not be negative");
        }
        List<CallEvent> visible = new ArrayList<>();
        long position = afterSequence;
        long scanned = 0;
        while (true) {
            List<CallEvent> batch = store.eventsAfter(user.tenant(), position, BATCH);
            for (CallEvent e : batch) {
                if (visible.size() == limits.maxEvents()) {
                    return new Replay(visible, position, false);
                }
                position = e.sequence();
                scanned++;
                if (e.isVisibleTo(user)) {
                    visible.add(e);
                }
            }
            if (batch.size() < BATCH) {
                return new Replay(visible, position, true);
            }
            if (scanned >= limits.maxScanned()) {
                return new Replay(visible, position, false);
            }
        }
    }

    @Override
    public long lastSequence() {
        return store.lastSequence();
    }
}
