package dev.calls.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.StorageException;
import dev.calls.UserRef;
import dev.calls.redis.support.TestRedis;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.RateLimits;
import dev.calls.webhook.SeenKeys;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Redis failing under the adapters is the engine's {@link StorageException} (which the API answers with
 * {@code 503 storage_unavailable}), never a client exception that would be a 500; and a server that is not there
 * is refused at once, not after a minute of queueing.
 */
class RedisUnavailableIT {
    private static final UserRef ALICE = UserRef.of("acme", "alice");

    @Test
    void connectionLostThenEveryAdapterFailsWithStorageUnavailable() {
        RedisClient client = RedisClient.create(TestRedis.URL);
        client.setOptions(ClientOptions.builder().autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        try (TestRedis redis = new TestRedis()) {
            RedisCalls healthy = redis.node();
            RedisCalls node = RedisCalls.builder().client(client).keyPrefix(redis.prefix()).build();
            PresenceStore presence = node.presenceStore();
            SeenKeys seen = node.seenKeys(Clock.systemUTC(), Duration.ofHours(1));
            RateLimits limits = node.rateLimits();
            presence.touch(Map.of(ALICE, Instant.now()));

            healthy.commands().clientKill(KillArgs.Builder.id(node.commands().clientId()));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (node.ping() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }

            assertThatThrownBy(() -> presence.find(ALICE)).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> presence.find("acme", List.of("alice", "bob"))).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> presence.touch(Map.of(ALICE, Instant.now()))).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> presence.update(ALICE, p -> p)).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> seen.claim("delivery-1")).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> limits.take("start:alice", 1, Duration.ofMinutes(1), Instant.now()))
                    .isInstanceOf(StorageException.class);
            node.close();
        } finally {
            client.shutdown();
        }
    }

    @Test
    void noServerThenBuildFailsAtOnce() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> RedisCalls.builder().url("redis://127.0.0.1:1").build())
                .isInstanceOf(io.lettuce.core.RedisConnectionException.class);
        org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(Duration.ofSeconds(15));
    }
}
