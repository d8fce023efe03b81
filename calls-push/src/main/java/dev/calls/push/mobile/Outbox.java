package dev.calls.push.mobile;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where an adapter's sends wait: a few threads behind a queue with a cap, so the engine's thread only enqueues;
 * beyond the cap a send is dropped and counted, never waited for. Retries wait on a timer, then queue again.
 */
final class Outbox implements AutoCloseable {
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final PushCounters counters;
    private final AtomicInteger pending = new AtomicInteger();

    Outbox(String name, int threads, int capacity, PushCounters counters) {
        this.counters = counters;
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), daemon("calls-" + name + "-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("calls-" + name + "-retry-"));
    }

    /** Queues {@code task}; false (and counted as dropped) when the queue is full or closed. */
    boolean submit(Runnable task) {
        pending.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } finally {
                    pending.decrementAndGet();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            counters.droppedOne();
            return false;
        }
    }

    /** Queues {@code task} after {@code delay}. */
    void later(Duration delay, Runnable task) {
        pending.incrementAndGet();
        try {
            timer.schedule(() -> {
                submit(task);
                pending.decrementAndGet();
            },  Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            counters.droppedOne();
        }
    }

    /** Sends queued, being sent or waiting for a retry. */
    int pending() {
        return pending.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
