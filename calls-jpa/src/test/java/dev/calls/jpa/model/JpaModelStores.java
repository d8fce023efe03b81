package dev.calls.jpa.model;

import dev.calls.CallsBuilder;
import dev.calls.contract.ModelStores;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.spi.CallStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JPA stores on one database, as a cluster uses them: each node its own pool and stores, and a relay that
 * delivers every node's events from the shared log. Tables are emptied before each sequence.
 */
final class JpaModelStores implements ModelStores, AutoCloseable {
    private static final int NODES = 3;

    private final TestDatabase db;
    private final List<JpaCalls> nodes = new ArrayList<>();

    JpaModelStores(TestDatabase db) {
        this.db = db;
        try (JpaCalls installer = JpaCalls.builder().dataSource(db.dataSource()).build()) {
            installer.install();
        }
        for (int i = 0; i < NODES; i++) {
            nodes.add(JpaCalls.builder().dataSource(db.newPool(4)).build());
        }
    }

    @Override
    public String name() {
        return "JPA on " + db.dialect();
    }

    @Override
    public Shared open() {
        db.clear();
        return new Shared() {
            @Override
            public CallStore callStore() {
                return nodes.get(0).callStore();
            }

            @Override
            public CallsBuilder node(int index, CallsBuilder builder) {
                JpaCalls jpa = nodes.get(index);
                RelayEventTransport relay = RelayEventTransport.builder(jpa.callStore())
                        .notifications(jpa.dataSource())
                        .pollInterval(Duration.ofMillis(50))
                        .build();
                return builder.callStore(jpa.callStore()).presenceStore(jpa.presenceStore())
                        .meetingStore(jpa.meetingStore()).eventTransport(relay);
            }

            @Override
            public void close() {
                // the engines closed their relays; the pools serve the next sequence
            }
        };
    }

    @Override
    public void close() {
        nodes.forEach(JpaCalls::close);
    }
}
