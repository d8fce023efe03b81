package dev.calls.testing;

import dev.calls.spi.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scheduler that runs nothing on its own: {@link #advance} moves its {@link MutableClock} and runs every
 * task that came due, in time order, on the calling thread. Tests never sleep.
 */
public final class ManualScheduler implements Scheduler {
    private final MutableClock clock;
    private final List<Entry> entries = new ArrayList<>();
    private final AtomicLong order = new AtomicLong();

    private final class Entry implements Task {
        Instant at;
        final Duration period;
        final Runnable task;
        final long seq = order.incrementAndGet();
        boolean cancelled;

        Entry(Instant at, Duration period, Runnable task) {
            this.at = at;
            this.period = period;
            this.task = task;
        }

        @Override
        public void cancel() {
            synchronized (ManualScheduler.this) {
                cancelled = true;
                entries.remove(this);
            }
        }
    }

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Task schedule(Instant at, Runnable task) {
        Entry e = new Entry(at, null, task);
        entries.add(e);
        return e;
    }

    @Override
    public synchronized Task every(Duration period, Runnable task) {
        Entry e = new Entry(clock.instant().plus(period), period, task);
        entries.add(e);
        return e;
    }

    /** Moves the clock forward by {@code by}, running each task when its time comes. */
    public void advance(Duration by) {
        Instant target = clock.instant().plus(by);
        while (true) {
            Entry next;
            synchronized (this) {
                next = entries.stream()
                        .filter(e -> !e.at.isAfter(target))
                        .min(Comparator.comparing((Entry e) -> e.at).thenComparingLong(e -> e.seq))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                if (next.at.isAfter(clock.instant())) {
                    clock.set(next.at);
                }
                if (next.period == null) {
                    entries.remove(next);
                } else {
                    next.at = next.at.plus(next.period);
                }
            }
            next.task.run();
        }
        clock.set(target);
    }

    /** Runs tasks already due without moving the clock. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** One-off tasks not yet run. */
    public synchronized int pendingOneOff() {
        return (int) entries.stream().filter(e -> e.period == null).count();
    }

    @Override
    public synchronized void close() {
        entries.clear();
    }
}
