package dev.calls.event;

import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the shared event log for a cross-node {@link EventTransport}: a daemon thread reads the events after its
 * position and hands each to a local transport, so every event reaches this node's devices exactly once and in
 * sequence order, whichever node wrote it. It looks when {@linkplain #wake() woken} (a commit here, a wake-up from
 * another node) and otherwise every poll interval; while the log cannot be read it backs off up to 5 s and says so
 * once. The PostgreSQL relay and the Redis transport are built on it. Thread-safe.
 */
public final class LogFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final CallStore store;
    private final EventTransport local;
    private final long pollMillis;
    private final int batchSize;
    private final Wakeup wakeup = new Wakeup();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long position;

    /**
     * @param store the log
     * @param local the transport delivering to this node's devices
     * @param startAfter the sequence after which to start, or null for the log's end now (events before are history)
     * @param pollInterval how often to look without a wake-up
     * @param batchSize at most this many events read at a time
     * @param threadName the name of the following thread
     */
    public LogFollower(CallStore store, EventTransport local, Long startAfter, Duration pollInterval, int batchSize,
            String threadName) {
        this.store = Objects.requireNonNull(store, "store");
        this.local = Objects.requireNonNull(local, "local");
        this.pollMillis = requirePollInterval(pollInterval).toMillis();
        this.batchSize = requireBatchSize(batchSize);
        this.position = startAfter != null ? startAfter : startPosition();
        this.thread = new Thread(this::follow, threadName);
        thread.setDaemon(true);
    }

    /** {@code pollInterval}, checked: positive. */
    public static Duration requirePollInterval(Duration pollInterval) {
        if (Objects.requireNonNull(pollInterval, "pollInterval").isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        return pollInterval;
    }

    /** {@code batchSize}, checked: at least 1. */
    public static int requireBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        return batchSize;
    }

    /** Starts following. */
    public void start() {
        thread.start();
    }

    /** Looks at the log now (or as soon as the current look ends); returns at once. */
    public void wake() {
        wakeup.raise();
    }

    /** The sequence of the last event handed to the local transport; -1 before the log was first reached. */
    public long position() {
        return position;
    }

    /** Stops following (the local transport stays open). */
    @Override
    public void close() {
        running = false;
        wakeup.raise();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last sequence in the log now; -1 if the store is down (the first look reads it then). */
    private long startPosition() {
        try {
            return store.lastSequence();
        } catch (RuntimeException e) {
            LOG.warn("event log unavailable; delivery starts when it is back: {}", e.getMessage());
            return -1;
        }
    }

    private void follow() {
        long backoff = pollMillis;
        boolean failing = false;
        while (running) {
            wakeup.clear();
            try {
                if (position < 0) {
                    position = store.lastSequence();
                }
                List<CallEvent> batch = store.eventsAfter(position, batchSize);
                for (CallEvent event : batch) {
                    deliver(event);
                }
                if (failing) {
                    LOG.info("event log reachable again; delivery resumed after #{}", position);
                    failing = false;
                    backoff = pollMillis;
                }
                if (batch.size() == batchSize) {
                    continue;
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warn("cannot read the event log; retrying: {}", e.getMessage());
                    failing = true;
                }
                backoff = Math.min(Math.max(backoff * 2, 50), MAX_BACKOFF_MS);
            }
            try {
                wakeup.await(failing ? backoff : pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void deliver(CallEvent event) {
        try {
            local.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("local transport failed on {} #{}", event.type().wire(), event.sequence(), e);
        }
        position = event.sequence();
    }
}
