package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class SchemaInstallerMariaDbIT extends AbstractSchemaInstallerTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
