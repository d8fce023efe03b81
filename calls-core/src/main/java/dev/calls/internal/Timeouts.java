package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallsConfig;
import dev.calls.spi.CallStore;
import dev.calls.spi.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ring timeouts, maximum durations and idle calls, without sleeping: a timer at each live call's deadline
 * on the node that changed it, and a periodic sweep of every due call in the store, which catches what a
 * stopped node left behind. Several nodes may fire for the same call: the conditional write lets exactly
 * one of them act.
 */
public final class Timeouts {
    private static final Logger LOG = LoggerFactory.getLogger(Timeouts.class);
    private static final int SWEEP_BATCH = 200;

    private final CallsConfig config;
    private final Clock clock;
    private final CallStore store;
    private final Scheduler scheduler;
    private final ConcurrentHashMap<UUID, Timer> timers = new ConcurrentHashMap<>();
    private final CallService calls;

    private record Timer(Instant at, Scheduler.Task task) {
    }

    Timeouts(CallsConfig config, Clock clock, CallStore store, Scheduler scheduler, CallService calls) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.scheduler = scheduler;
        this.calls = calls;
    }

    /** Sets (or clears) the local timer for the call's current deadline. */
    void watch(Call call) {
        Instant due = call.deadline();
        if (due == null) {
            Timer old = timers.remove(call.id());
            if (old != null) {
                old.task().cancel();
            }
            return;
        }
        timers.compute(call.id(), (id, old) -> {
            if (old != null && old.at().equals(due)) {
                return old;
            }
            if (old != null) {
                old.task().cancel();
            }
            return new Timer(due, scheduler.schedule(due, () -> fire(id)));
        });
    }

    /**
     * Acts on every due call in the store; returns how many changed. A call whose timeout fails is logged and
     * left for the next sweep; the others are still handled. Each call is looked at once per sweep.
     */
    public int sweep() {
        int changed = 0;
        Set<UUID> looked = new HashSet<>();
        List<Call> due;
        int rounds = 0;
        boolean progress;
        do {
            due = store.findDue(clock.instant(), SWEEP_BATCH);
            progress = false;
            for (Call call : due) {
                if (!looked.add(call.id())) {
                    continue;
                }
                progress = true;
                try {
                    if (fire(call.id())) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("timeout of call {} failed; the next sweep tries again", call.id(), e);
                }
            }
        } while (progress && due.size() == SWEEP_BATCH && ++rounds < 50);
        return changed;
    }

    /**
     * Applies the timeout that is due for the call, if any. A call whose stored deadline has passed while no
     * timeout applies (the settings changed since it was written) gets its deadline recomputed and stored, and is
     * timed again only for a deadline still to come, never for one past, so the timer thread cannot spin on it.
     */
    boolean fire(UUID callId) {
        timers.remove(callId);
        Optional<Call> loaded = store.find(callId);
        if (loaded.isEmpty()) {
            return false;
        }
        Call call = loaded.get();
        Optional<CallAction> action = Deadlines.dueAction(call, config, clock.instant());
        if (action.isEmpty()) {
            Instant now = clock.instant();
            Instant next = Deadlines.next(call, config);
            if (next == null || !next.isAfter(now)) {
                return false;
            }
            if (call.deadline() != null && !call.deadline().isAfter(now)) {
                // a stored deadline past due that no timeout matches: stored anew, so the sweep stops finding
                // the call due (200 such calls would hide every other one)
                Call corrected = call.withDeadline(next).withVersion(call.version() + 1);
                store.update(corrected, List.of()).ifPresent(stored -> watch(corrected));
            } else {
                watch(call);
            }
            return false;
        }
        Call after = calls.system(callId, action.get());
        return after != null && after.version() != call.version();
    }

    /** Live timers on this node. */
    int pending() {
        return timers.size();
    }

    void cancelAll() {
        timers.values().forEach(t -> t.task().cancel());
        timers.clear();
    }
}
