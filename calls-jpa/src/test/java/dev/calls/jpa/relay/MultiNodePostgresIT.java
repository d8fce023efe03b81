package dev.calls.jpa.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.jpa.support.Node;
import dev.calls.jpa.support.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Nodes on one PostgreSQL database. The relays poll only once a minute here, so an event that reaches
 * another node within the tests' bound got there through LISTEN/NOTIFY.
 */
class MultiNodePostgresIT extends AbstractMultiNodeTest {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected Duration pollInterval() {
        return Duration.ofMinutes(1);
    }

    @Test
    void relayOnPostgresThenListensForNotifications() {
        Node node = node();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!node.relay.listening() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(node.relay.listening()).isTrue();
    }
}
