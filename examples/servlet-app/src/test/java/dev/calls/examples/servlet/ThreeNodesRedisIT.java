package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Three nodes on PostgreSQL and the machine's Redis, under a key prefix of this test's own. */
class ThreeNodesRedisIT extends AbstractThreeNodeTest {
    private static final String URL = "redis://127.0.0.1:6379";
    private final String prefix = "calls-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    @Override
    protected Map<String, String> scaleOut() {
        return Map.of("calls.redis.url", URL, "calls.redis.key-prefix", prefix);
    }

    @Override
    protected boolean sharedLimits() {
        return true;
    }

    @Override
    protected void cleanUp() {
        RedisClient client = RedisClient.create(URL);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            List<String> keys = c.sync().keys(prefix + "*");
            assertThat(keys).as("presence and rate counters were kept in Redis").isNotEmpty();
            c.sync().del(keys.toArray(String[]::new));
        } finally {
            client.shutdown();
        }
    }
}
