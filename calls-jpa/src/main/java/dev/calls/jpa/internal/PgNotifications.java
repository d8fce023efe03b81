package dev.calls.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the schema's {@link Notifications#channel} over one connection of its own (held while listening) and raises
 * the relay's wake-up for each notification. Only loaded when the PostgreSQL driver is on the class path.
 * Reconnects after a failure; the relay keeps polling meanwhile, so nothing is lost, only later.
 */
final class PgNotifications implements NotificationListener {
    private static final Logger LOG = LoggerFactory.getLogger(PgNotifications.class);
    private static final int WAIT_MS = 250;

    private final DataSource dataSource;
    private final Runnable wake;
    private final LongSupplier delivered;
    private volatile boolean running = true;
    private volatile boolean listening;

    PgNotifications(DataSource dataSource, Runnable wake, LongSupplier delivered) {
        this.dataSource = dataSource;
        this.wake = wake;
        this.delivered = delivered;
    }

    /** Whether connections of this data source speak PostgreSQL's notification protocol. */
    static boolean supports(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void run() {
        long backoff = 100;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                listen(c);
                backoff = 100;
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("event notifications interrupted; polling until they are back: {}", e.getMessage());
                    pause(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + Notifications.quoted(Notifications.channel(c.getSchema())));
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listening = true;
        // Events may have committed while no one listened (first start, or after every reconnect): read the log.
        wake.run();
        try {
            while (running) {
                PGNotification[] received = pg.getNotifications(WAIT_MS);
                if (received != null && news(received)) {
                    wake.run();
                }
            }
        } finally {
            listening = false;
        }
        // A pooled connection goes back clean, not subscribed.
        try (Statement st = c.createStatement()) {
            st.execute("UNLISTEN *");
        }
    }

    /** Whether a notification names a sequence beyond the delivered one (or none: a sender of an older version). */
    private boolean news(PGNotification[] received) {
        long position = delivered.getAsLong();
        for (PGNotification n : received) {
            try {
                if (Long.parseLong(n.getParameter()) > position) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean listening() {
        return listening;
    }

    @Override
    public void stop() {
        running = false;
    }
}
