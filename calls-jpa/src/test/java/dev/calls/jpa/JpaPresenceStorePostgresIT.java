package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaPresenceStorePostgresIT extends AbstractJpaPresenceStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
