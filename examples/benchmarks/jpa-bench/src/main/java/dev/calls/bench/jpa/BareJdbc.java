package dev.calls.bench.jpa;

import dev.calls.jpa.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The machine's limit for the same work: a call's three transactions written with plain JDBC, no reads,
 * no mapping, each writing as many rows per table as the engine's did (taken from {@link WriteShape}),
 * with the same batching and the same locked event counter.
 */
final class BareJdbc {
    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final List<Map<String, Integer>> shape;
    private final String payload;

    BareJdbc(DataSource dataSource, SqlDialect dialect, List<Map<String, Integer>> shape, String payload) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.shape = shape;
        this.payload = payload;
    }

    /** One call: start, accept, end. */
    void lifecycle() throws SQLException {
        String id = UUID.randomUUID().toString();
        for (int tx = 0; tx < shape.size(); tx++) {
            transaction(id, tx, shape.get(tx));
        }
    }

    private void transaction(String id, int tx, Map<String, Integer> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (rows.containsKey("calls_call")) {
                call(c, id, tx);
            }
            participants(c, id, tx, rows.getOrDefault("calls_participant", 0));
            int events = rows.getOrDefault("calls_event", 0);
            if (events > 0) {
                long last = sequence(c, events);
                events(c, id, last - events + 1, events);
            }
            c.commit();
        }
    }

    private static void call(Connection c, String id, int tx) throws SQLException {
        if (tx == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calls_call (id, tenant, media_type, initiator,"
                    + " room, provider_id, state, created_at, deadline, version) VALUES (?, 'bench', 'video', 'caller',"
                    + " ?, 'public', 'ringing', ?, ?, 0)")) {
                ps.setString(1, id);
                ps.setString(2, "bench-" + id);
                ps.setLong(3, System.currentTimeMillis());
                ps.setLong(4, System.currentTimeMillis() + 30_000);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE calls_call SET state = ?, answered_at = ?, deadline = ?,"
                + " version = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, tx == 1 ? "active" : "completed");
            ps.setLong(2, System.currentTimeMillis());
            ps.setLong(3, System.currentTimeMillis() + 3_600_000);
            ps.setLong(4, tx);
            ps.setString(5, id);
            ps.setLong(6, tx - 1);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("lost the version race in a bare run");
            }
        }
    }

    private static void participants(Connection c, String id, int tx, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        String sql = tx == 0
                ? "INSERT INTO calls_participant (call_id, user_id, list_index, tenant, call_created_at, call_live, name,"
                        + " role, state, audio_muted, video_muted, in_room, invited_at) VALUES (?, ?, ?, 'bench', ?, TRUE,"
                        + " 'A Name', 'guest', 'invited', FALSE, FALSE, FALSE, ?)"
                : "UPDATE calls_participant SET state = 'joined', joined_at = ?, in_room = TRUE, list_index = ?,"
                        + " call_live = ? WHERE call_id = ? AND user_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                if (tx == 0) {
                    ps.setString(1, id);
                    ps.setString(2, "user" + i);
                    ps.setInt(3, i);
                    ps.setLong(4, System.currentTimeMillis());
                    ps.setLong(5, System.currentTimeMillis());
                } else {
                    ps.setLong(1, System.currentTimeMillis());
                    ps.setInt(2, i);
                    ps.setBoolean(3, tx == 1);
                    ps.setString(4, id);
                    ps.setString(5, "user" + i);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private long sequence(Connection c, int count) throws SQLException {
        switch (dialect) {
            case POSTGRESQL -> {
                // no NOTIFY in the transaction: the engine's relay notifies after the commit, outside it
                return single(c, "UPDATE calls_event_sequence SET last_sequence = last_sequence + ? WHERE id = 1"
                        + " RETURNING last_sequence", count);
            }
            case H2 -> {
                return single(c, "SELECT last_sequence FROM FINAL TABLE (UPDATE calls_event_sequence"
                        + " SET last_sequence = last_sequence + ? WHERE id = 1)", count);
            }
            default -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE calls_event_sequence SET last_sequence = LAST_INSERT_ID(last_sequence + ?) WHERE id = 1")) {
                    ps.setInt(1, count);
                    ps.executeUpdate();
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static long single(Connection c, String sql, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void events(Connection c, String id, long first, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO calls_event (seq, tenant, event_type, call_id, actor,"
                + " occurred_at, payload) VALUES (?, 'bench', 'call.ringing', ?, 'caller', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                ps.setLong(1, first + i);
                ps.setString(2, id);
                ps.setLong(3, System.currentTimeMillis());
                ps.setString(4, payload);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
