package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class JpaMeetingStoreMariaDbIT extends AbstractJpaMeetingStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }
}
