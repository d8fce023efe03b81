package dev.calls.internal;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventService;
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
    public List<CallEvent> after(UserRef user, long afterSequence, int limit) {
        if (limit < 1 || limit > 500) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "limit must be between 1 and 500");
        }
        if (afterSequence < 0) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "the sequence must not be negative");
        }
        List<CallEvent> visible = new ArrayList<>();
        long cursor = afterSequence;
        while (visible.size() < limit) {
            List<CallEvent> batch = store.eventsAfter(user.tenant(), cursor, BATCH);
            for (CallEvent e : batch) {
                cursor = e.sequence();
                if (e.isVisibleTo(user)) {
                    visible.add(e);
                    if (visible.size() == limit) {
                        break;
                    }
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return visible;
    }

    @Override
    public long lastSequence() {
        return store.lastSequence();
    }
}
