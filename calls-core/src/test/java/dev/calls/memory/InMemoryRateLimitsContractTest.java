package dev.calls.memory;

import dev.calls.contract.AbstractRateLimitsContractTest;
import dev.calls.spi.RateLimits;

class InMemoryRateLimitsContractTest extends AbstractRateLimitsContractTest {
    @Override
    protected RateLimits newLimits() {
        return new InMemoryRateLimits();
    }
}
