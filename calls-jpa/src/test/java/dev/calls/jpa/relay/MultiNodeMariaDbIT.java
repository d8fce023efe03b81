package dev.calls.jpa.relay;

import dev.calls.jpa.support.TestDatabase;
import java.time.Duration;

/** Nodes on one MariaDB database: relays poll. */
class MultiNodeMariaDbIT extends AbstractMultiNodeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariadb();
    }

    @Override
    protected Duration pollInterval() {
        return Duration.ofMillis(50);
    }
}
