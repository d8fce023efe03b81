package dev.calls.jpa.schema;

import dev.calls.jpa.support.TestDatabase;

class H2ClaimsUpgradeTest extends AbstractClaimsUpgradeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
