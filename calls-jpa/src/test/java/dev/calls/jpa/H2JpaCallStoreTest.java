package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class H2JpaCallStoreTest extends AbstractJpaCallStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
