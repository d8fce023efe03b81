package dev.calls.memory;

import dev.calls.contract.AbstractGuestStoreContractTest;
import dev.calls.spi.GuestStore;

class InMemoryGuestStoreContractTest extends AbstractGuestStoreContractTest {
    @Override
    protected GuestStore newStore() {
        return new InMemoryGuestStore();
    }
}
