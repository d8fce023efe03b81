package dev.calls.bench.sse;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Start, accept, end through the engine facade, without HTTP: what the engine and the in-memory store sustain. */
final class InProcessLifecycles {
    private InProcessLifecycles() {
    }

    static String run(Calls calls, int threads, Duration duration) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            UserRef caller = UserRef.of(LoadUsers.TENANT, LoadUsers.inProcessWorker(2 * t));
            UserRef callee = UserRef.of(LoadUsers.TENANT, LoadUsers.inProcessWorker(2 * t + 1));
            calls.presence().heartbeat(caller);
            calls.presence().heartbeat(callee);
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        Call call = calls.start(caller, List.of(callee.userId()), MediaType.VIDEO);
                        calls.accept(call.id(), callee);
                        calls.end(call.id(), caller);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            });
            th.start();
            running.add(th);
        }
        for (Thread th : running) {
            th.join();
        }
        double seconds = duration.toMillis() / 1000.0;
        return String.format("lifecycles in-process threads=%d seconds=%.0f completed=%d perSecond=%.0f errors=%d",
                threads, seconds, done.get(), done.get() / seconds, errors.get());
    }
}
