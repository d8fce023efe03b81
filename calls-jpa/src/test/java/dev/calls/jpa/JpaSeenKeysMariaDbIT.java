package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaSeenKeysMariaDbIT extends AbstractJpaSeenKeysTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
