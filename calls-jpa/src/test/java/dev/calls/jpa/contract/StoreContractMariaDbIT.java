package dev.calls.jpa.contract;

import dev.calls.jpa.support.TestDatabase;

class StoreContractMariaDbIT extends AbstractStoreContracts {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
