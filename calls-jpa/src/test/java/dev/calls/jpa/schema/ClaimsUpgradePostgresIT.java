package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class ClaimsUpgradePostgresIT extends AbstractClaimsUpgradeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
