package dev.calls.jpa.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The migration lock: the row of {@code calls_schema_lock} selected {@code FOR UPDATE} on a connection of its
 * own, whose transaction stays open until {@link #close()}. The scripts run on another connection, because
 * DDL commits on H2 and MySQL and would let go of a lock taken on the same connection. If the process dies,
 * the database ends the session and the lock goes with it: there is no stale lock to clear by hand.
 */
final class SchemaLock implements AutoCloseable {
    private static final String SELECT = "SELECT id FROM calls_schema_lock WHERE id = 1 FOR UPDATE";
    private static final long RETRY_PAUSE_MS = 100;

    private final Connection connection;

    private SchemaLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Waits for the lock up to {@code wait}; a node that holds it is migrating, and its work is done when the
     * lock comes free.
     *
     * @throws SQLException if the lock cannot be had in time, or the database fails
     */
    static SchemaLock acquire(DataSource dataSource, Duration wait) throws SQLException {
        Instant deadline = Instant.now().plus(wait);
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            while (true) {
                try {
                    lock(c, deadline);
                    return new SchemaLock(c);
                } catch (SQLException e) {
                    // A lock wait that timed out, worded differently by each database: try again until the deadline.
                    c.rollback();
                    if (Instant.now().isAfter(deadline)) {
                        throw new SQLException("could not take the calls schema lock within " + wait
                                + "; another node may be migrating (" + e.getMessage() + ")", e.getSQLState(), e);
                    }
                }
                pause();
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void lock(Connection c, Instant deadline) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setQueryTimeout((int) Math.max(1, Math.min(30, Duration.between(Instant.now(), deadline).toSeconds())));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("calls_schema_lock has no row; run install again");
                }
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the calls schema lock", e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the lock goes with the session
        }
    }

    /** Lets go of the lock. */
    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // closing ends the transaction anyway
        }
        closeQuietly(connection);
    }
}
