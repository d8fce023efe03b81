package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaPresenceStoreMariaDbIT extends AbstractJpaPresenceStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
