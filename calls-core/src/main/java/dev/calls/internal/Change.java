package dev.calls.internal;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import java.util.List;

/**
 * What an effect produced: the call after the change (same version) and the events to append; for a start
 * that rang nobody but is kept in history (a busy callee), the refusal to answer the caller with once stored.
 */
record Change(Call call, List<CallEvent> events, dev.calls.RefusedException refusal) {
    Change(Call call, List<CallEvent> events) {
        this(call, events, null);
    }

    static Change none(Call call) {
        return new Change(call, List.of());
    }

    boolean isNone() {
        return events.isEmpty();
    }
}
