package dev.calls.jpa.cli;

import dev.calls.jpa.support.TestDatabase;

class SchemaToolPostgresIT extends AbstractSchemaToolTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
