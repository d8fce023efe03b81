package dev.calls.jpa.cli;

import dev.calls.jpa.support.TestDatabase;

class SchemaToolMariaDbIT extends AbstractSchemaToolTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
