package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class SchemaInstallerPostgresIT extends AbstractSchemaInstallerTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
