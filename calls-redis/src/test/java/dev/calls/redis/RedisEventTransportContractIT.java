package dev.calls.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.contract.AbstractEventTransportContractTest;
import dev.calls.event.CallEvent;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.redis.support.TestRedis;
import dev.calls.spi.EventTransport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The transport contract on the machine's Redis. The transport reads what it delivers from the log, so each event
 * is stored in an in-memory log first (as the engine commits before it publishes), and the test waits until the
 * event was handed on.
 */
class RedisEventTransportContractIT extends AbstractEventTransportContractTest {
    private TestRedis redis;
    private InMemoryCallStore log;
    private RedisEventTransport redisTransport;

    @Override
    protected EventTransport newTransport() {
        redis = new TestRedis();
        log = new InMemoryCallStore();
        redisTransport = redis.node().eventTransport(log).build();
        return redisTransport;
    }

    @Override
    protected void publish(CallEvent event) {
        CallEvent stored = log.append(List.of(event.withSequence(0))).get(0);
        assertThat(stored.sequence()).as("the log numbers as the test does").isEqualTo(event.sequence());
        transport.publish(stored);
        long until = System.nanoTime() + 5_000_000_000L;
        while (redisTransport.lastDelivered() < stored.sequence() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(redisTransport.lastDelivered()).isGreaterThanOrEqualTo(stored.sequence());
    }

    @AfterEach
    void closeRedis() {
        redis.close();
    }
}
