package dev.calls.bench.jpa;

import dev.calls.Calls;
import dev.calls.UserProfile;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.spi.EventTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Engines ("nodes") on one database, each with its own pool, JPA stores and, optionally, a relay. */
final class Cluster implements AutoCloseable {
    static final String TENANT = "bench";

    private final List<AutoCloseable> closing = new ArrayList<>();

    /** A node on {@code dataSource}; {@code transport} null means the in-process default. */
    Calls node(DataSource dataSource, EventTransport transport) {
        JpaCalls jpa = JpaCalls.builder().dataSource(dataSource).build();
        var builder = Calls.builder()
                .userDirectory((tenant, id) -> Optional.of(UserProfile.of(tenant, id, "User " + id)))
                .callStore(jpa.callStore())
                .presenceStore(jpa.presenceStore())
                .meetingStore(jpa.meetingStore())
                .startsPerMinute(100_000_000)
                .presenceTimeout(Duration.ofHours(1));
        if (transport != null) {
            builder.eventTransport(transport);
        }
        Calls calls = builder.build();
        closing.add(0, jpa);
        closing.add(0, calls);
        return calls;
    }

    /** A node whose devices are reached through a relay over the database. */
    Calls relayedNode(DataSource dataSource, boolean notifications, Duration poll, RelayEventTransport[] relay) {
        JpaCalls probe = JpaCalls.builder().dataSource(dataSource).build();
        RelayEventTransport.Builder b = RelayEventTransport.builder(probe.callStore()).pollInterval(poll);
        if (notifications) {
            b.notifications(dataSource);
        }
        relay[0] = b.build();
        closing.add(0, probe);
        return node(dataSource, relay[0]);
    }

    /** A node whose devices are reached through the log, woken by Redis pub/sub. */
    Calls redisNode(DataSource dataSource, dev.calls.redis.RedisCalls redis, Duration poll) {
        JpaCalls probe = JpaCalls.builder().dataSource(dataSource).build();
        EventTransport transport = redis.eventTransport(probe.callStore()).pollInterval(poll).build();
        closing.add(0, probe);
        return node(dataSource, transport);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
    }
}
