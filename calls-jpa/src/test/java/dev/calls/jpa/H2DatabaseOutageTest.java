package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class H2DatabaseOutageTest extends AbstractDatabaseOutageTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
