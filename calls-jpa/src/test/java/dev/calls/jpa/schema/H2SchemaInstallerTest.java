package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class H2SchemaInstallerTest extends AbstractSchemaInstallerTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
