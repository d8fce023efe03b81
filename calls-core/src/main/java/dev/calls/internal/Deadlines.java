package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.CallsConfig;
import dev.calls.Participant;
import java.time.Instant;
import java.util.Optional;

/** When the engine must next look at a call on its own, and what it will do then. */
final class Deadlines {
    private Deadlines() {
    }

    /** The earliest instant at which a timeout applies to the call; null for terminal calls. */
    static Instant next(Call call, CallsConfig config) {
        if (call.state().isTerminal()) {
            return null;
        }
        Instant due = null;
        for (Participant p : call.invitees()) {
            if (p.state().isPending()) {
                due = min(due, p.invitedAt().plus(config.ringTimeout()));
            }
        }
        if (call.state() == CallState.ACTIVE) {
            due = min(due, call.answeredAt().plus(config.maxCallDuration()));
            if (config.idleTimeout() != null && call.idleSince() != null) {
                due = min(due, call.idleSince().plus(config.idleTimeout()));
            }
        }
        return due;
    }

    /** The timeout action that applies at {@code now}, if any; the most final one first. */
    static Optional<CallAction> dueAction(Call call, CallsConfig config, Instant now) {
        if (call.state() == CallState.ACTIVE) {
            if (!call.answeredAt().plus(config.maxCallDuration()).isAfter(now)) {
                return Optional.of(CallAction.MAX_DURATION);
            }
            if (config.idleTimeout() != null && call.idleSince() != null
                    && !call.idleSince().plus(config.idleTimeout()).isAfter(now)) {
                return Optional.of(CallAction.IDLE_TIMEOUT);
            }
        }
        if (!call.state().isTerminal()) {
            Instant cutoff = now.minus(config.ringTimeout());
            boolean expired = call.invitees().stream()
                    .anyMatch(p -> p.state().isPending() && !p.invitedAt().isAfter(cutoff));
            if (expired) {
                return Optional.of(CallAction.RING_TIMEOUT);
            }
        }
        return Optional.empty();
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
