package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaCallStoreMariaDbIT extends AbstractJpaCallStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
