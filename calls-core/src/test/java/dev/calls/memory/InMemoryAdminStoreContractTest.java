package dev.calls.memory;

import dev.calls.contract.AbstractAdminStoreContractTest;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallStore;

class InMemoryAdminStoreContractTest extends AbstractAdminStoreContractTest {
    @Override
    protected CallStore newCallStore() {
        return new InMemoryCallStore();
    }

    @Override
    protected AdminStore newAdminStore(CallStore calls) {
        return new InMemoryAdminStore((InMemoryCallStore) calls);
    }
}
