package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class H2JpaPresenceStoreTest extends AbstractJpaPresenceStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
