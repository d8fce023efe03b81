package dev.calls.redis;

import dev.calls.contract.AbstractRateLimitsContractTest;
import dev.calls.redis.support.TestRedis;
import dev.calls.spi.RateLimits;
import org.junit.jupiter.api.AfterEach;

/** The rate-limits contract on the machine's Redis, with a second connection as the other node. */
class RedisRateLimitsContractIT extends AbstractRateLimitsContractTest {
    private TestRedis redis;
    private RateLimits other;

    @Override
    protected RateLimits newLimits() {
        redis = new TestRedis();
        other = redis.node().rateLimits();
        return redis.node().rateLimits();
    }

    @Override
    protected RateLimits otherNode() {
        return other;
    }

    @AfterEach
    void cleanUp() {
        redis.close();
    }
}
