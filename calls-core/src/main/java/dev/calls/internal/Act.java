package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallsConfig;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt at an action: the call as loaded (null for {@link CallAction#START}), who acts (null for the
 * engine itself), when, and the action's typed input.
 */
record Act(Call call, CallAction action, String actor, Instant now, Input input, CallsConfig config) {

    CallEvent event(Call after, EventType type, Map<String, String> data) {
        return CallEvent.forCall(type, after, actor, now, data);
    }
}
