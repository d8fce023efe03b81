package dev.calls.jpa.model;

import dev.calls.jpa.support.TestDatabase;

/** The engine model on PostgreSQL, where LISTEN/NOTIFY wakes the relays. */
class EngineModelPostgresIT extends AbstractEngineModelTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
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
