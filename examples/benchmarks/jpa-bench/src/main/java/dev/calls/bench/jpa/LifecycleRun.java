package dev.calls.bench.jpa;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a number of call lifecycles (start, accept, end) on several threads and reports the rate. */
final class LifecycleRun {
    private LifecycleRun() {
    }

    /** Work of one lifecycle for worker {@code worker}. */
    @FunctionalInterface
    interface Lifecycle {
        void run(int worker) throws Exception;
    }

    /** Lifecycles per second over {@code total} lifecycles shared by {@code threads} workers. */
    static double rate(int threads, int total, Lifecycle lifecycle) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(total);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        lifecycle.run(worker);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The engine's lifecycle: worker {@code w} calls from caller-w to callee-w. */
    static Lifecycle engine(Calls calls) {
        return w -> {
            UserRef caller = UserRef.of(Cluster.TENANT, "caller-" + w);
            UserRef callee = UserRef.of(Cluster.TENANT, "callee-" + w);
            Call call = calls.start(caller, List.of(callee.userId()), MediaType.VIDEO);
            calls.accept(call.id(), callee);
            calls.end(call.id(), caller);
        };
    }

    /** Heartbeats so every worker's callee can be rung. */
    static void online(Calls calls, int threads) {
        for (int w = 0; w < threads; w++) {
            calls.presence().heartbeat(UserRef.of(Cluster.TENANT, "caller-" + w));
            calls.presence().heartbeat(UserRef.of(Cluster.TENANT, "callee-" + w));
        }
    }
}
