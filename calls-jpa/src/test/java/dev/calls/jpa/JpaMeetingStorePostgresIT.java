package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaMeetingStorePostgresIT extends AbstractJpaMeetingStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
