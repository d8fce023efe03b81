package dev.calls.redis;

import dev.calls.contract.AbstractSeenKeysContractTest;
import dev.calls.redis.support.TestRedis;
import dev.calls.testing.MutableClock;
import dev.calls.webhook.SeenKeys;
import java.time.Duration;

/** The seen-keys contract on the machine's Redis, with a second connection as the other node. */
class RedisSeenKeysContractIT extends AbstractSeenKeysContractTest {
    private TestRedis redis;
    private SeenKeys other;

    @Override
    protected SeenKeys newKeys(MutableClock clock, Duration retention) {
        redis = new TestRedis();
        other = redis.node().seenKeys(clock, retention);
        return redis.node().seenKeys(clock, retention);
    }

    @Override
    protected SeenKeys otherNode() {
        return other;
    }

    @Override
    protected void cleanUp() {
        redis.close();
    }
}
