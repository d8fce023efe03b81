package dev.calls.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@link Notifications#CHANNEL} over one connection of its own (held while listening) and raises
 * the relay's wake-up for each notification. Only loaded when the PostgreSQL driver is on the class path.
 * Reconnects after a failure; the relay keeps polling meanwhile, so nothing is lost, only later.
 */
final class PgNotifications implements NotificationListener {
    private static final Logger LOG = LoggerFactory.getLogger(PgNotifications.class);
    private static final int WAIT_MS = 250;

    private final DataSource dataSource;
    private final Wakeup wakeup;
    private volatile boolean running = true;
    private volatile boolean listening;

    PgNotifications(DataSource dataSource, Wakeup wakeup) {
        this.dataSource = dataSource;
        this.wakeup = wakeup;
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
            st.execute("LISTEN " + Notifications.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listening = true;
        // Events may have committed while no one listened.
        wakeup.raise();
        try {
            while (running) {
                PGNotification[] received = pg.getNotifications(WAIT_MS);
                if (received != null && received.length > 0) {
                    wakeup.raise();
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
