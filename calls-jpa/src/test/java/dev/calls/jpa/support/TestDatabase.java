package dev.calls.jpa.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.calls.jpa.SqlDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database of its own for one test class: an H2 in-memory database, or a fresh schema on the local
 * PostgreSQL, or a fresh database on the local MariaDB. {@link #close()} closes every pool and drops it, so
 * runs never collide and leave nothing behind.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    private final SqlDialect dialect;
    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final HikariDataSource dataSource;

    private TestDatabase(SqlDialect dialect, String url, String user, String password, String name) {
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
        this.dataSource = newPool(8);
    }

    private static String uniqueName() {
        return "calls_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static TestDatabase h2() {
        String name = uniqueName();
        return new TestDatabase(SqlDialect.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", name);
    }

    public static TestDatabase postgres() {
        String name = uniqueName();
        admin(PG_ADMIN_URL, "postgres", "CREATE SCHEMA " + name);
        return new TestDatabase(SqlDialect.POSTGRESQL, PG_ADMIN_URL + "?currentSchema=" + name, "postgres", "",
                name);
    }

    public static TestDatabase mariadb() {
        String name = uniqueName();
        admin(MARIADB_ADMIN_URL, "root", "CREATE DATABASE " + name
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        return new TestDatabase(SqlDialect.MYSQL, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", "", name);
    }

    public static TestDatabase of(SqlDialect dialect) {
        return switch (dialect) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case MYSQL -> mariadb();
            case OTHER -> throw new IllegalArgumentException("no test database for " + dialect);
        };
    }

    private static void admin(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    /** A pool of its own, as another node would have. */
    public HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setPoolName(name + "-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Runs SQL on its own connection. */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, as a long. */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of the tables in this database's schema, lower case. */
    public List<String> tables() {
        try (Connection c = dataSource.getConnection();
                var rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            names.sort(null);
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties every calls table, for the next test. */
    public void clear() {
        for (String table : List.of("calls_guest", "calls_delivery_cursor", "calls_device", "calls_seen_key", "calls_claim", "calls_meeting_invitee", "calls_meeting", "calls_presence", "calls_event",
                "calls_participant", "calls_call")) {
            execute("DELETE FROM " + table);
        }
        execute("UPDATE calls_event_sequence SET last_sequence = 0");
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        switch (dialect) {
            case H2 -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                } catch (SQLException ignored) {
                    // already gone
                }
            }
            case POSTGRESQL -> admin(PG_ADMIN_URL, "postgres", "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MYSQL -> admin(MARIADB_ADMIN_URL, "root", "DROP DATABASE IF EXISTS " + name);
            default -> {
            }
        }
    }
}
