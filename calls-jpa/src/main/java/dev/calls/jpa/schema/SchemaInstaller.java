package dev.calls.jpa.schema;

import dev.calls.StorageException;
import dev.calls.jpa.SqlDialect;
import dev.calls.spi.Lifecycle;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, migrates and drops the calls tables with the shipped scripts, over plain JDBC (no persistence
 * provider needed, so the command-line tool can use it too). {@link #install()} takes the schema lock,
 * applies every version not yet recorded in {@code calls_schema_version} and is safe to repeat or to run on
 * several nodes at once; {@link #uninstall(boolean)} drops exactly the tables the scripts create. Thread-safe.
 */
public final class SchemaInstaller implements Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaInstaller.class);
    private static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final SchemaScripts scripts;
    private final Duration lockWait;
    private final Clock clock;

    /** The shipped scripts for the database behind {@code dataSource} (detected once, here). */
    public SchemaInstaller(DataSource dataSource) {
        this(dataSource, new SchemaScripts(SqlDialect.detect(dataSource)), DEFAULT_LOCK_WAIT, Clock.systemUTC());
    }

    public SchemaInstaller(DataSource dataSource, SchemaScripts scripts, Duration lockWait, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SqlDialect dialect() {
        return scripts.dialect();
    }

    @Override
    public void install() {
        migrate();
    }

    /**
     * Creates or migrates the schema; returns the scripts this call applied (none when it was up to date).
     *
     * @throws StorageException if the database fails or a script does not run; the message names the script
     */
    public List<Migration> migrate() {
        try (Connection c = dataSource.getConnection()) {
            bootstrap(c);
            try (SchemaLock lock = SchemaLock.acquire(dataSource, lockWait)) {
                Map<Integer, Long> applied = applied(c);
                List<Migration> done = new ArrayList<>();
                for (Migration m : scripts.migrations()) {
                    Long recorded = applied.get(m.version());
                    if (recorded == null) {
                        apply(c, m);
                        done.add(m);
                    } else if (recorded != m.checksum()) {
                        LOG.warn("calls schema script {} differs from the one applied (checksum {} vs {})",
                                m.script(), m.checksum(), recorded);
                    }
                }
                return done;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot install the calls schema: " + e.getMessage(), e);
        }
    }

    /** Lock and version tables, and the lock row; repeated on a race between nodes creating them. */
    private void bootstrap(Connection c) throws SQLException {
        c.setAutoCommit(true);
        for (int attempt = 1; ; attempt++) {
            try (Statement st = c.createStatement()) {
                for (String sql : scripts.bootstrap()) {
                    st.execute(sql);
                }
                break;
            } catch (SQLException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO calls_schema_lock (id) VALUES (1)");
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    private static Map<Integer, Long> applied(Connection c) throws SQLException {
        Map<Integer, Long> applied = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, checksum FROM calls_schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return applied;
    }

    /** One script and its version row in one transaction where the database has transactional DDL. */
    private void apply(Connection c, Migration m) throws SQLException {
        LOG.info("applying calls schema {} from {}", m.script(), m.resource());
        c.setAutoCommit(false);
        try {
            List<String> statements = m.statements();
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < statements.size(); i++) {
                    try {
                        st.execute(statements.get(i));
                    } catch (SQLException e) {
                        throw new SQLException(m.script() + " statement " + (i + 1) + " failed: " + e.getMessage(),
                                e.getSQLState(), e);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calls_schema_version"
                    + " (version, script, checksum, installed_at, installed_by) VALUES (?, ?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.script());
                ps.setLong(3, m.checksum());
                ps.setLong(4, clock.millis());
                ps.setString(5, installer());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String installer() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv().getOrDefault("COMPUTERNAME", "unknown-host");
        }
        String name = host + " pid " + ProcessHandle.current().pid();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /**
     * Drops every table {@link #install()} created, unless {@code keepData}: then tables and rows stay (the
     * schema holds nothing transient). A host's own tables are never touched.
     */
    @Override
    public void uninstall(boolean keepData) {
        if (keepData) {
            LOG.info("calls schema kept with its data");
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (tableExists(c, "calls_schema_lock")) {
                try (SchemaLock lock = SchemaLock.acquire(dataSource, lockWait)) {
                    drop(c);
                }
            } else {
                drop(c);
            }
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS calls_schema_lock");
            }
            LOG.info("calls schema dropped");
        } catch (SQLException e) {
            throw new StorageException("cannot uninstall the calls schema: " + e.getMessage(), e);
        }
    }

    private void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : scripts.drop()) {
                st.execute(sql);
            }
        }
    }

    /** What is installed and what is pending. */
    public SchemaStatus status() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            Map<Integer, Long> applied = tableExists(c, "calls_schema_version") ? applied(c) : Map.of();
            List<Migration> pending = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (Migration m : scripts.migrations()) {
                Long recorded = applied.get(m.version());
                if (recorded == null) {
                    pending.add(m);
                } else if (recorded != m.checksum()) {
                    changed.add(m.script());
                }
            }
            int installed = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            return new SchemaStatus(scripts.dialect(), database, installed, scripts.latestVersion(), pending, changed);
        } catch (SQLException e) {
            throw new StorageException("cannot read the calls schema status: " + e.getMessage(), e);
        }
    }

    /** Whether the table exists in the connection's current schema (any identifier case). */
    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = schemaOf(c);
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String schemaOf(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
