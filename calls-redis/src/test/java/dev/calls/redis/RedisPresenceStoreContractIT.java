package dev.calls.redis;

import dev.calls.contract.AbstractPresenceStoreContractTest;
import dev.calls.redis.support.TestRedis;
import dev.calls.spi.PresenceStore;

/** The presence store contract on the machine's Redis. */
class RedisPresenceStoreContractIT extends AbstractPresenceStoreContractTest {
    private TestRedis redis;

    @Override
    protected PresenceStore newStore() {
        redis = new TestRedis();
        return redis.node().presenceStore();
    }

    @Override
    protected void cleanUp() {
        redis.close();
    }
}
