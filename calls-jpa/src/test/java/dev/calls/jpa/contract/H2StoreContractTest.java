package dev.calls.jpa.contract;

import dev.calls.jpa.support.TestDatabase;

class H2StoreContractTest extends AbstractStoreContracts {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
