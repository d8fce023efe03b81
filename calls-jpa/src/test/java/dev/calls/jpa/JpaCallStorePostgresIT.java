package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaCallStorePostgresIT extends AbstractJpaCallStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
