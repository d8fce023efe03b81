package dev.calls.jpa.model;

import dev.calls.jpa.support.TestDatabase;

/** The engine model on MariaDB. */
class EngineModelMariaDbIT extends AbstractEngineModelTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }

    @Override
    protected int sequences() {
        return 12;
    }

    @Override
    protected int steps() {
        return 60;
    }
}
