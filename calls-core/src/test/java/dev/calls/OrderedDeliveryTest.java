package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.event.CallEvent;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Intercept;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Devices receive the events they may see in strictly increasing sequence order, with nothing lost, even
 * when a change that took its sequence first reaches the transport last.
 */
class OrderedDeliveryTest {

    /** A store whose {@code create} returns {@code delay} ms after the call and its events are stored. */
    private static CallStore slowCreate(CallStore store, CountDownLatch stored, long delay) {
        return Intercept.after(CallStore.class, store, (method, args) -> {
            if (method.equals("create")) {
                stored.countDown();
                Thread.sleep(delay);
            }
        });
    }

    @Test
    void ringWhenAPresenceChangeOvertakesItsDispatchThenBobGetsBothInOrder() throws Exception {
        CountDownLatch stored = new CountDownLatch(1);
        CallStore slow = slowCreate(new InMemoryCallStore(), stored, 200);
        try (EngineFixture f = new EngineFixture(b -> b.callStore(slow)).online("alice", "bob", "carol")) {
            List<CallEvent> bobSees = new CopyOnWriteArrayList<>();
            EventTransport.Subscription s = f.calls.events().subscribe(acme("bob"), bobSees::add);

            CompletableFuture<Call> ring = CompletableFuture.supplyAsync(
                    () -> f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO));
            assertThat(stored.await(5, TimeUnit.SECONDS)).isTrue();
            f.calls.presence().update(acme("carol"), new PresenceUpdate(PresenceStatus.AWAY, null, null, null));
            Call call = ring.get(5, TimeUnit.SECONDS);

            awaitSize(bobSees, 2);
            s.close();
            assertThat(bobSees).extracting(CallEvent::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(bobSees.get(0).callId()).isEqualTo(call.id());
            assertThat(bobSees.get(1).presence().user()).isEqualTo(acme("carol"));
        }
    }

    @RepeatedTest(3)
    void manyThreadsChangingCallsAndPresenceThenEveryDeviceSeesTheLogInOrderWithNoGap() throws Exception {
        try (EngineFixture f = new EngineFixture().online("alice", "bob", "carol", "dave", "erin")) {
            List<CallEvent> seen = new CopyOnWriteArrayList<>();
            EventTransport.Subscription s = f.calls.events().subscribe(acme("erin"), seen::add);
            List<CompletableFuture<Void>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String caller = List.of("alice", "bob", "carol", "dave").get(t);
                work.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 50; i++) {
                        f.calls.presence().update(acme(caller), new PresenceUpdate(null, caller + i, null, null));
                    }
                }));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            awaitSize(seen, 200);
            s.close();

            List<Long> stored = f.store.eventsAfter(0, 10_000).stream().filter(OrderedDeliveryTest::byTheFour)
                    .map(CallEvent::sequence).toList();
            assertThat(stored).hasSize(200);
            assertThat(seen.stream().filter(OrderedDeliveryTest::byTheFour).map(CallEvent::sequence))
                    .containsExactlyElementsOf(stored);
            assertThat(seen).extracting(CallEvent::sequence).isSorted().doesNotHaveDuplicates();
        }
    }

    private static boolean byTheFour(CallEvent e) {
        return e.presence() != null && !e.presence().user().userId().equals("erin")
                && e.presence().message() != null;
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }
}
