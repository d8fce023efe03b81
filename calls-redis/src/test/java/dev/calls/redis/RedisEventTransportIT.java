package dev.calls.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.UserRef;
import dev.calls.contract.CallFixtures;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.redis.support.TestRedis;
import dev.calls.testing.Recorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' transports on one shared log and the machine's Redis. They poll the log only once an hour here, so
 * what reaches the other node in time got there through a Redis wake-up, or the read after a resubscription.
 */
class RedisEventTransportIT {
    private static final UserRef BOB = UserRef.of("acme", "bob");
    private static final Duration NEVER = Duration.ofHours(1);

    private final TestRedis redis = new TestRedis();
    private final InMemoryCallStore log = new InMemoryCallStore();
    private final List<RedisEventTransport> transports = new ArrayList<>();

    @AfterEach
    void close() {
        transports.forEach(RedisEventTransport::close);
        redis.close();
    }

    private RedisEventTransport node() {
        RedisEventTransport t = redis.node().eventTransport(log).pollInterval(NEVER).build();
        transports.add(t);
        awaitListening(t);
        return t;
    }

    private static void awaitListening(RedisEventTransport t) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!t.listening() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(t.listening()).isTrue();
    }

    /** A ring to bob, stored in the log as a node's commit does. */
    private CallEvent commitRing() {
        Call call = CallFixtures.ringing("acme", CallFixtures.T0, "alice", "bob");
        return log.append(List.of(CallEvent.forCall(EventType.CALL_RINGING, call, "alice", CallFixtures.T0,
                Map.of("userIds", "bob")))).get(0);
    }

    @Test
    void commitOnNodeAThenDeviceOnNodeBGetsItThroughTheWakeUpInOrderAndOnce() {
        RedisEventTransport a = node();
        RedisEventTransport b = node();
        Recorder<CallEvent> bobOnA = new Recorder<>();
        Recorder<CallEvent> bobOnB = new Recorder<>();
        a.subscribe(BOB, bobOnA::add);
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        b.subscribe(BOB, e -> {
            arrived.put(e.sequence(), System.nanoTime());
            bobOnB.add(e);
        });

        int count = 200;
        Map<Long, Long> sent = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            CallEvent e = commitRing();
            sent.put(e.sequence(), System.nanoTime());
            (i % 2 == 0 ? a : b).publish(e);
            if (i % 10 == 0) {
                pause(2);
            }
        }

        bobOnB.await(l -> l.size() >= count, "rings on node B");
        bobOnA.await(l -> l.size() >= count, "rings on node A");
        List<Long> onB = bobOnB.snapshot().stream().map(CallEvent::sequence).toList();
        assertThat(onB).hasSize(count).isSorted().doesNotHaveDuplicates();
        assertThat(bobOnA.snapshot().stream().map(CallEvent::sequence).toList()).isEqualTo(onB);
        List<Long> micros = sent.entrySet().stream().map(s -> (arrived.get(s.getKey()) - s.getValue()) / 1_000)
                .sorted().toList();
        long p99 = micros.get((int) Math.ceil(count * 0.99) - 1);
        System.out.printf("cross-node delivery over Redis, %d events: p50 %d µs, p99 %d µs%n", count,
                micros.get(count / 2), p99);
        assertThat(Duration.ofNanos(p99 * 1_000)).isLessThan(Duration.ofMillis(250));
    }

    @Test
    void hostsClientWithAUrlThenTheSubscriptionGoesWhereTheCommandsGo() {
        // the host's client defaults to a server that is not there; the url says where Redis is
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:1");
        try (RedisCalls hosts = RedisCalls.builder().client(client).url(TestRedis.URL).keyPrefix(redis.prefix())
                .build()) {
            RedisEventTransport onHostsClient = hosts.eventTransport(log).pollInterval(NEVER).build();
            transports.add(onHostsClient);
            awaitListening(onHostsClient);
            assertThat(clientId(onHostsClient.connectionName())).isNotEmpty();

            RedisEventTransport other = node();
            Recorder<CallEvent> bob = new Recorder<>();
            onHostsClient.subscribe(BOB, bob::add);
            CallEvent ring = commitRing();
            other.publish(ring);
            assertThat(bob.awaitAny(e -> e.sequence() == ring.sequence(), "the ring woken through Redis").type())
                    .isEqualTo(EventType.CALL_RINGING);
        } finally {
            transports.forEach(RedisEventTransport::close);
            transports.clear();
            client.shutdown();
        }
    }

    @Test
    void subscriptionLostThenAfterReconnectWhatWasCommittedMeanwhileIsReplayedFromTheLog() {
        RedisEventTransport b = node();
        Recorder<CallEvent> bobOnB = new Recorder<>();
        b.subscribe(BOB, bobOnB::add);
        pause(300); // the look that its subscription woke is over

        // committed while no wake-up reached node B (its node died before publishing, or the channel was down)
        CallEvent missed = commitRing();
        pause(300);
        assertThat(bobOnB.snapshot()).isEmpty();

        String id = clientId(b.connectionName());
        redis.node().commands().clientKill(io.lettuce.core.KillArgs.Builder.id(Long.parseLong(id)));

        CallEvent replayed = bobOnB.awaitAny(e -> e.sequence() == missed.sequence(), "the missed ring");
        assertThat(replayed.type()).isEqualTo(EventType.CALL_RINGING);
        awaitListening(b);
        assertThat(bobOnB.snapshot()).hasSize(1);
    }

    private String clientId(String name) {
        for (String line : redis.node().commands().clientList().split("\n")) {
            if (line.contains(" name=" + name + " ")) {
                for (String field : line.split(" ")) {
                    if (field.startsWith("id=")) {
                        return field.substring(3);
                    }
                }
            }
        }
        throw new AssertionError("no client named " + name);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
