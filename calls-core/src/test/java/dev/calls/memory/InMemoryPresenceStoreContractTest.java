package dev.calls.memory;

import dev.calls.contract.AbstractPresenceStoreContractTest;
import dev.calls.spi.PresenceStore;

class InMemoryPresenceStoreContractTest extends AbstractPresenceStoreContractTest {
    @Override
    protected PresenceStore newStore() {
        return new InMemoryPresenceStore();
    }
}
