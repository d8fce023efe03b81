package dev.calls.bench.jpa;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Cross-node delivery: node A starts a call, node B's device stream of the callee receives
 * {@code call.ringing}; the sample is the time from {@code start()} returning on A (the change is
 * committed) to B's listener being called. One call at a time, each cancelled before the next, started after
 * a random pause so the samples do not fall in step with polling.
 */
final class RelayLatency {
    private RelayLatency() {
    }

    static Stats measure(Calls a, Calls b, int samples, Duration jitter) throws InterruptedException {
        UserRef caller = UserRef.of(Cluster.TENANT, "latency-caller");
        UserRef callee = UserRef.of(Cluster.TENANT, "latency-callee");
        ConcurrentHashMap<UUID, Long> received = new ConcurrentHashMap<>();
        Object arrived = new Object();
        b.events().subscribe(callee, (CallEvent e) -> {
            if (e.type() == EventType.CALL_RINGING) {
                received.put(e.callId(), System.nanoTime());
                synchronized (arrived) {
                    arrived.notifyAll();
                }
            }
        });
        a.presence().heartbeat(caller);
        b.presence().heartbeat(callee);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1));
            Call call = a.start(caller, List.of(callee.userId()), MediaType.AUDIO);
            long committed = System.nanoTime();
            long deadline = committed + TimeUnit.SECONDS.toNanos(5);
            synchronized (arrived) {
                while (!received.containsKey(call.id()) && System.nanoTime() < deadline) {
                    arrived.wait(5);
                }
            }
            Long at = received.get(call.id());
            if (at == null) {
                throw new IllegalStateException("call.ringing never reached node B");
            }
            nanos.add(Math.max(0, at - committed));
            a.cancel(call.id(), caller);
        }
        return Stats.of(nanos);
    }
}
