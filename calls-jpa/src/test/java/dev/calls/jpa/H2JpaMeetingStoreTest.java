package dev.calls.jpa;

import dev.calls.jpa.support.TestDatabase;

class H2JpaMeetingStoreTest extends AbstractJpaMeetingStoreTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
