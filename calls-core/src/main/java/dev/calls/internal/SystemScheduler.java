package dev.calls.internal;

import dev.calls.spi.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default scheduler: one daemon thread; a task that throws is logged and the timer goes on. */
public final class SystemScheduler implements Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SystemScheduler.class);

    private final Clock clock;
    private final ScheduledExecutorService executor;

    public SystemScheduler(Clock clock) {
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "calls-timers");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Task schedule(Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        ScheduledFuture<?> f = executor.schedule(safe(task), delay, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public Task every(Duration period, Runnable task) {
        long ms = period.toMillis();
        ScheduledFuture<?> f = executor.scheduleWithFixedDelay(safe(task), ms, ms, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    private static Runnable safe(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("scheduled task failed", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
