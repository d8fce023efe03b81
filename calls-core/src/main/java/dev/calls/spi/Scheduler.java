package dev.calls.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs the engine's timers: ring timeouts, maximum durations, the sweeper and presence flushes. The
 * default uses one daemon thread; tests use a manual scheduler driven by a test clock, so that no test
 * sleeps. Thread-safe.
 */
public interface Scheduler extends AutoCloseable {

    /** Runs {@code task} once, at or soon after {@code at} by the engine's clock. */
    Task schedule(Instant at, Runnable task);

    /** Runs {@code task} every {@code period}, first after one period. */
    Task every(Duration period, Runnable task);

    /** Stops running tasks. */
    @Override
    void close();

    /** The default: one daemon thread, timed by {@code clock}. */
    static Scheduler system(java.time.Clock clock) {
        return new dev.calls.internal.SystemScheduler(clock);
    }

    /** A scheduled task. */
    interface Task {
        /** Cancels the task; harmless if it already ran. */
        void cancel();
    }
}
