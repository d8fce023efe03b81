package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaSeenKeysPostgresIT extends AbstractJpaSeenKeysTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
