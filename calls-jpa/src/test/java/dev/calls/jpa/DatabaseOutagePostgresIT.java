package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class DatabaseOutagePostgresIT extends AbstractDatabaseOutageTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
