package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class H2JpaSeenKeysTest extends AbstractJpaSeenKeysTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
