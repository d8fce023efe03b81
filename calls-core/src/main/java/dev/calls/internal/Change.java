package dev.calls.internal;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import java.util.List;

/** What an effect produced: the call after the change (same version) and the events to append. */
record Change(Call call, List<CallEvent> events) {
    static Change none(Call call) {
        return new Change(call, List.of());
    }

    boolean isNone() {
        return events.isEmpty();
    }
}
