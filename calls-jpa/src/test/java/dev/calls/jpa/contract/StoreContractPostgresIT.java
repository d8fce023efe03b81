package dev.calls.jpa.contract;

import dev.calls.jpa.support.TestDatabase;

class StoreContractPostgresIT extends AbstractStoreContracts {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
