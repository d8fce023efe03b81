package dev.calls.jpa.model;

import dev.calls.jpa.support.TestDatabase;

/** The engine model on H2, kept short for the plain build. */
class H2EngineModelTest extends AbstractEngineModelTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }

    @Override
    protected int sequences() {
        return 12;
    }

    @Override
    protected int steps() {
        return 50;
    }
}
