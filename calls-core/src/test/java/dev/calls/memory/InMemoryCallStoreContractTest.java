package dev.calls.memory;

import dev.calls.contract.AbstractCallStoreContractTest;
import dev.calls.spi.CallStore;

class InMemoryCallStoreContractTest extends AbstractCallStoreContractTest {
    @Override
    protected CallStore newStore() {
        return new InMemoryCallStore();
    }

    @Override
    protected boolean sequencesAreGapFree() {
        return true;
    }
}
