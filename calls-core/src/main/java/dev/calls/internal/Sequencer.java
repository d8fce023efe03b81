package dev.calls.internal;

import dev.calls.event.CallEvent;
import dev.calls.spi.CallStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases committed events in strictly increasing sequence order with no gap, whatever order the committing
 * threads reach it in: an event waits until every lower sequence has been released. A gap that outlives
 * {@code patience} (a sequence committed by another node, or by a change whose dispatch was lost) is filled
 * from the store's log, so nothing is released out of order and nothing is lost. Thread-safe. Events in order
 * go to an outbox that one thread at a time hands on, outside the sequencer's lock, so the consumer sees them one at
 * a time, in order, and a consumer that takes other locks (an event stream's) cannot deadlock with a commit.
 */
final class Sequencer {
    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);
    private static final int FILL_BATCH = 500;
    /** The position before the log's end was first read. */
    static final long UNKNOWN = -1;

    private final CallStore store;
    private final Consumer<CallEvent> release;
    private final long patienceNanos;
    private final TreeMap<Long, CallEvent> waiting = new TreeMap<>();
    private final ArrayDeque<CallEvent> outbox = new ArrayDeque<>();
    private boolean handingOn;
    private long released;
    private long gapSince;

    /**
     * @param released the last sequence already out (the log's end when the engine starts), or {@link #UNKNOWN}
     * @param patienceMillis how long a gap may stay open before it is read from the store
     */
    Sequencer(CallStore store, long released, long patienceMillis, Consumer<CallEvent> release) {
        this.store = store;
        this.released = released;
        this.patienceNanos = patienceMillis * 1_000_000;
        this.release = release;
    }

    /** Takes committed events (of one change, or presence) and hands on all that are now in order. */
    void committed(List<CallEvent> events) {
        order(events);
        handOn();
    }

    private synchronized void order(List<CallEvent> events) {
        if (released == UNKNOWN && !events.isEmpty()) {
            // the log's end could not be read at start (its tables were not there yet): start from this change
            released = events.get(0).sequence() - 1;
        }
        for (CallEvent e : events) {
            if (e.sequence() > released) {
                waiting.put(e.sequence(), e);
            }
        }
        drain();
        if (!waiting.isEmpty() && gapSince == 0) {
            gapSince = System.nanoTime();
        }
    }

    /**
     * Fills the gaps that have been open longer than the patience from the log, then releases up to the last
     * waiting event. A sequence below it that the log does not hold was never committed, and is stepped over:
     * stores assign sequences in commit order, so a later sequence in the log means every earlier one is final.
     * Called periodically.
     */
    void fillGaps() {
        long after;
        long upTo;
        synchronized (this) {
            if (waiting.isEmpty() || System.nanoTime() - gapSince < patienceNanos) {
                return;
            }
            after = released;
            // every sequence below the last waiting one is final, so all of the gaps close in one read
            upTo = waiting.lastKey();
        }
        List<CallEvent> found = new ArrayList<>();
        try {
            while (after < upTo - 1) {
                List<CallEvent> batch = store.eventsAfter(after, FILL_BATCH);
                for (CallEvent e : batch) {
                    if (e.sequence() < upTo) {
                        found.add(e);
                    }
                    after = e.sequence();
                }
                if (batch.size() < FILL_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not read events after {} to close a gap; will retry", after, e);
            return;
        }
        merge(found, upTo);
        handOn();
    }

    /** Under the lock, with what the log held below {@code upTo} read outside it. */
    private synchronized void merge(List<CallEvent> found, long upTo) {
        for (CallEvent e : found) {
            if (e.sequence() > released) {
                waiting.putIfAbsent(e.sequence(), e);
            }
        }
        while (!waiting.isEmpty() && waiting.firstKey() <= upTo) {
            releaseOne(waiting.pollFirstEntry().getValue());
        }
        drain();
        gapSince = waiting.isEmpty() ? 0 : System.nanoTime();
    }

    private void drain() {
        while (!waiting.isEmpty() && waiting.firstKey() == released + 1) {
            releaseOne(waiting.pollFirstEntry().getValue());
        }
        if (waiting.isEmpty()) {
            gapSince = 0;
        }
    }

    private void releaseOne(CallEvent e) {
        released = e.sequence();
        outbox.add(e);
    }

    /** Hands on the outbox in order, unless another thread is doing so (it then hands on these too). */
    private void handOn() {
        synchronized (this) {
            if (handingOn || outbox.isEmpty()) {
                return;
            }
            handingOn = true;
        }
        while (true) {
            CallEvent e;
            synchronized (this) {
                e = outbox.poll();
                if (e == null) {
                    handingOn = false;
                    return;
                }
            }
            boolean handedOn = false;
            try {
                release.accept(e);
                handedOn = true;
            } catch (RuntimeException ex) {
                LOG.warn("could not hand on {} #{}", e.type().wire(), e.sequence(), ex);
                handedOn = true;
            } finally {
                if (!handedOn) {
                    // an Error: let the next commit take over handing on
                    synchronized (this) {
                        handingOn = false;
                    }
                }
            }
        }
    }

    /** Whether an event waits for a lower sequence. */
    synchronized boolean hasGap() {
        return !waiting.isEmpty();
    }
}
