package dev.calls.push.mobile;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of one push adapter since it started: messages the push service accepted, messages that failed for good,
 * dead tokens pruned, and messages dropped because the send queue was full. Thread-safe; a metrics library reads
 * them (the Spring Boot module registers them with Micrometer as {@code calls.push.sent} and siblings).
 */
public final class PushCounters {
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong pruned = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    public long pruned() {
        return pruned.get();
    }

    public long dropped() {
        return dropped.get();
    }

    void sentOne() {
        sent.incrementAndGet();
    }

    void failedOne() {
        failed.incrementAndGet();
    }

    void prunedOne() {
        pruned.incrementAndGet();
    }

    void droppedOne() {
        dropped.incrementAndGet();
    }

    @Override
    public String toString() {
        return "sent=" + sent + ", failed=" + failed + ", pruned=" + pruned + ", dropped=" + dropped;
    }
}
