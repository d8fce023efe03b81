package dev.calls.internal;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import java.time.Clock;
import dev.calls.spi.EventTransport;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events on: to the transport in strictly increasing sequence order with no gap (through a
 * {@link Sequencer}, unless the transport reads the log itself), and wakes the {@link Deliverer}, which calls the
 * listeners and the push notifier from the log, at least once.
 */
final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** How long a gap in the sequences may wait for its commit to arrive before the log is read for it. */
    private static final long GAP_PATIENCE_MILLIS = 100;

    private final EventTransport transport;
    private final Deliverer deliverer;
    private final Sequencer sequencer;
    private final ScheduledExecutorService gapTimer;
    private final AtomicBoolean fillPending = new AtomicBoolean();

    Dispatcher(CallStore store, DeliveryCursors cursors, EventTransport transport, List<CallListener> listeners,
            RingPush push, Clock clock) {
        this.transport = transport;
        if (transport.readsTheLog()) {
            this.sequencer = null;
            this.gapTimer = null;
        } else {
            this.sequencer = new Sequencer(store, logEnd(store), GAP_PATIENCE_MILLIS, this::publish);
            this.gapTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "calls-sequencer");
                t.setDaemon(true);
                return t;
            });
        }
        this.deliverer = listeners.isEmpty() && push == null ? null
                : new Deliverer(store, cursors, listeners, push, clock);
    }

    /** Events of one committed change, with their sequence numbers. */
    void committed(List<CallEvent> events) {
        if (sequencer == null) {
            events.forEach(this::publish);
        } else {
            sequencer.committed(events);
            if (sequencer.hasGap()) {
                scheduleGapFill();
            }
        }
        if (deliverer != null) {
            deliverer.wake();
        }
    }

    /** Where the log ends now; unknown while the store cannot be read (its tables are installed later). */
    private static long logEnd(CallStore store) {
        try {
            return store.lastSequence();
        } catch (RuntimeException e) {
            LOG.warn("could not read the end of the event log; sequencing starts with the first change", e);
            return Sequencer.UNKNOWN;
        }
    }

    private void publish(CallEvent event) {
        try {
            transport.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("transport failed to publish {} #{}", event.type().wire(), event.sequence(), e);
        }
    }

    private void scheduleGapFill() {
        if (!fillPending.compareAndSet(false, true)) {
            return;
        }
        try {
            gapTimer.schedule(() -> {
                fillPending.set(false);
                sequencer.fillGaps();
                if (sequencer.hasGap()) {
                    scheduleGapFill();
                }
            }, GAP_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.debug("engine closed; gap left open");
        }
    }

    /** Stops the gap timer, and delivery to listeners and phones after what is left (for up to two seconds). */
    @Override
    public void close() {
        if (gapTimer != null) {
            gapTimer.shutdownNow();
        }
        if (deliverer != null) {
            deliverer.close();
        }
    }

}
