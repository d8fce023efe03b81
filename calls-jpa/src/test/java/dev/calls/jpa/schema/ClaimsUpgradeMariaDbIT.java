package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class ClaimsUpgradeMariaDbIT extends AbstractClaimsUpgradeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
