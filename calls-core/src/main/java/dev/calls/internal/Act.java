package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallsConfig;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt at an action: the call as loaded, who acts, when, and the action's argument (a
 * {@link dev.calls.MediaUpdate}, the user id to ring again, a room-presence report).
 */
record Act(Call call, CallAction action, String actor, Instant now, Object argument, CallsConfig config) {

    CallEvent event(Call after, EventType type, Map<String, String> data) {
        return CallEvent.forCall(type, after, actor, now, data);
    }
}
