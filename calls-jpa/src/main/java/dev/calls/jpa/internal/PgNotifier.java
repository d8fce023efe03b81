package dev.calls.jpa.internal;

import dev.calls.event.Wakeup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other nodes, after this node's commits, that the log grew: {@code pg_notify} with the highest sequence
 * committed so far, in auto-commit outside any call's transaction, from one thread. Commits that come while a
 * notification is under way are covered by the next one, so a burst costs a few notifications, not one each,
 * and no call transaction ever takes PostgreSQL's notification lock. Plain JDBC (no driver classes); a failed
 * notification is retried at the next commit or within a second, and other nodes poll meanwhile.
 */
public final class PgNotifier implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PgNotifier.class);

    private final DataSource dataSource;
    private final Wakeup wakeup = new Wakeup();
    private final AtomicLong committed = new AtomicLong(-1);
    private final AtomicLong sent = new AtomicLong(-1);
    private final AtomicLong notifications = new AtomicLong();
    private volatile boolean running = true;
    private String channel;
    private boolean failing;

    public PgNotifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This node committed events up to {@code sequence}; returns at once. */
    public void committed(long sequence) {
        if (committed.getAndAccumulate(sequence, Math::max) < sequence) {
            wakeup.raise();
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                wakeup.await(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wakeup.clear();
            long upTo = committed.get();
            if (upTo > sent.get() && running) {
                send(upTo);
            }
        }
    }

    private void send(long upTo) {
        // a connection of the pool's for each notification (not held: small pools stay usable), in auto-commit
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (channel == null) {
                channel = Notifications.channel(c.getSchema());
            }
            try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                st.setString(1, channel);
                st.setString(2, Long.toString(upTo));
                st.execute();
            }
            sent.accumulateAndGet(upTo, Math::max);
            notifications.incrementAndGet();
            failing = false;
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.warn("could not notify other nodes of #{}; they find it when they poll: {}", upTo, e.getMessage());
                failing = true;
            }
        }
    }

    /** {@code pg_notification_queue_usage()}: the fraction (0 to 1) of PostgreSQL's notification queue in use. */
    public double queueUsage() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT pg_notification_queue_usage()");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** Notifications sent so far. */
    public long sent() {
        return notifications.get();
    }

    public void stop() {
        running = false;
        wakeup.raise();
    }
}
