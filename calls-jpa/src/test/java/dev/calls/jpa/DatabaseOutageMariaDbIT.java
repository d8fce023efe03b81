package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class DatabaseOutageMariaDbIT extends AbstractDatabaseOutageTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
