package dev.calls.internal;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events on: to the transport in strictly increasing sequence order with no gap (through a
 * {@link Sequencer}, unless the transport reads the log itself), then to listeners and the push notifier on one
 * engine thread.
 */
final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** How long a gap in the sequences may wait for its commit to arrive before the log is read for it. */
    private static final long GAP_PATIENCE_MILLIS = 100;

    private final EventTransport transport;
    private final List<CallListener> listeners;
    private final RingPush push;
    private final ExecutorService engineThread;
    private final Sequencer sequencer;
    private final ScheduledExecutorService gapTimer;
    private final AtomicBoolean fillPending = new AtomicBoolean();

    Dispatcher(CallStore store, EventTransport transport, List<CallListener> listeners, RingPush push) {
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
        this.listeners = listeners;
        this.push = push;
        this.engineThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "calls-events");
            t.setDaemon(true);
            return t;
        });
    }

    /** Events of one committed change; {@code before} is the call before it, null for a new call. */
    void committed(Call before, List<CallEvent> events) {
        if (sequencer == null) {
            events.forEach(this::publish);
        } else {
            sequencer.committed(events);
            if (sequencer.hasGap()) {
                scheduleGapFill();
            }
        }
        if (listeners.isEmpty() && push == null) {
            return;
        }
        try {
            engineThread.execute(() -> afterCommit(before, events));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.debug("engine closed; listeners not called for {} events", events.size());
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

    private void afterCommit(Call before, List<CallEvent> events) {
        for (CallEvent event : events) {
            for (CallListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("call listener failed on {} #{}", event.type().wire(), event.sequence(), e);
                }
            }
        }
        if (push != null) {
            for (CallEvent event : events) {
                try {
                    PushSteps.apply(event, push);
                } catch (RuntimeException e) {
                    LOG.warn("push notifier failed for call {}", event.callId(), e);
                }
            }
        }
    }

    /** Waits briefly for queued listener calls, then stops the engine thread. */
    @Override
    public void close() {
        if (gapTimer != null) {
            gapTimer.shutdownNow();
        }
        engineThread.shutdown();
        try {
            engineThread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
