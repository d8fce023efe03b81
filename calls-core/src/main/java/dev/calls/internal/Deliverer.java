package dev.calls.internal;

import dev.calls.event.CallEvent;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the listeners and rings or stops phones for every committed event, at least once, from the event log:
 * the node holding the lease on the {@value #CURSOR} cursor reads the log after it, hands each event on (the
 * listeners first, then {@link PushSteps}), and advances the cursor after each batch. A node that stops before
 * advancing leaves those events to the next holder, so a crash or restart never loses a ring or a cancel; a
 * device de-duplicates by the call id. A local commit wakes the thread at once; events committed on other nodes
 * are read within the poll interval by whichever node holds the lease.
 */
final class Deliverer implements AutoCloseable {
    static final String CURSOR = "listeners-and-push";
    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final CallStore store;
    private final DeliveryCursors cursors;
    private final List<CallListener> listeners;
    private final RingPush push;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Wakeup wakeup = new Wakeup();
    private final Thread thread;
    private volatile boolean running = true;
    private long startAt = -1;

    Deliverer(CallStore store, DeliveryCursors cursors, List<CallListener> listeners, RingPush push, Clock clock) {
        this.store = store;
        this.cursors = cursors;
        this.listeners = listeners;
        this.push = push;
        this.clock = clock;
        try {
            this.startAt = store.lastSequence();
        } catch (RuntimeException e) {
            LOG.warn("event log unavailable; delivery to listeners and phones starts when it is back: {}",
                    e.getMessage());
        }
        this.thread = new Thread(this::loop, "calls-deliver");
        thread.setDaemon(true);
        thread.start();
    }

    /** A change was committed here: look at the log now. */
    void wake() {
        wakeup.raise();
    }

    private void loop() {
        long backoff = POLL_MILLIS;
        boolean failing = false;
        while (true) {
            wakeup.clear();
            boolean last = !running;
            try {
                round();
                if (failing) {
                    LOG.info("event log reachable again; delivery to listeners and phones resumed");
                    failing = false;
                }
                backoff = POLL_MILLIS;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warn("cannot deliver from the event log; retrying: {}", e.getMessage());
                    failing = true;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
            if (last) {
                return;
            }
            try {
                wakeup.await(backoff);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Delivers everything after the cursor while this node holds its lease, one batch per lease renewal (so a
     * long round keeps its lease); returns how many events.
     */
    int round() {
        if (startAt < 0) {
            startAt = store.lastSequence();
        }
        int delivered = 0;
        while (true) {
            OptionalLong held = cursors.lease(CURSOR, owner, startAt, clock.instant(), LEASE);
            if (held.isEmpty()) {
                return delivered;
            }
            long position = held.getAsLong();
            List<CallEvent> batch = store.eventsAfter(position, BATCH);
            for (CallEvent event : batch) {
                deliver(event);
                position = event.sequence();
                delivered++;
            }
            if (!batch.isEmpty() && !cursors.advance(CURSOR, owner, position)) {
                LOG.info("another node took over delivery to listeners and phones");
                return delivered;
            }
            if (batch.size() < BATCH) {
                return delivered;
            }
        }
    }

    private void deliver(CallEvent event) {
        for (CallListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("call listener failed on {} #{}", event.type().wire(), event.sequence(), e);
            }
        }
        if (push != null) {
            try {
                PushSteps.apply(event, push);
            } catch (RuntimeException e) {
                LOG.warn("push notifier failed for call {}", event.callId(), e);
            }
        }
    }

    /**
     * Delivers what is left for up to two seconds, then stops and gives up the lease: what this node did not
     * deliver, the next holder does.
     */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        wakeup.raise();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return;
        }
        try {
            cursors.release(CURSOR, owner);
        } catch (RuntimeException e) {
            LOG.debug("could not release the delivery lease; it runs out on its own", e);
        }
    }

    /** A flag the thread sleeps on between rounds. */
    private static final class Wakeup {
        private boolean raised;

        synchronized void raise() {
            raised = true;
            notifyAll();
        }

        synchronized void clear() {
            raised = false;
        }

        synchronized void await(long millis) throws InterruptedException {
            long until = System.currentTimeMillis() + millis;
            while (!raised) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                wait(left);
            }
        }
    }
}
