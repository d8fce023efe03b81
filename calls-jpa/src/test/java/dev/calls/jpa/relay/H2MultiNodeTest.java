package dev.calls.jpa.relay;

import dev.calls.jpa.support.TestDatabase;
import java.time.Duration;

/** Nodes on one H2 database: relays poll. */
class H2MultiNodeTest extends AbstractMultiNodeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }

    @Override
    protected Duration pollInterval() {
        return Duration.ofMillis(50);
    }
}
