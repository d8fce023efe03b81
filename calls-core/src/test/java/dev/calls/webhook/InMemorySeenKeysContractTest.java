package dev.calls.webhook;

import dev.calls.contract.AbstractSeenKeysContractTest;
import dev.calls.testing.MutableClock;
import java.time.Duration;

class InMemorySeenKeysContractTest extends AbstractSeenKeysContractTest {
    @Override
    protected SeenKeys newKeys(MutableClock clock, Duration retention) {
        return new InMemorySeenKeys(clock, retention, InMemorySeenKeys.DEFAULT_CAPACITY);
    }
}
