package dev.calls.jpa.cli;

import dev.calls.jpa.support.TestDatabase;

class H2SchemaToolTest extends AbstractSchemaToolTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
