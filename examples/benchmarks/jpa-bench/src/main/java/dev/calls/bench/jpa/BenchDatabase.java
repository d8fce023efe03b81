package dev.calls.bench.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.calls.jpa.SqlDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database for one benchmark run, removed afterwards: an H2 file in a temporary folder, or a fresh schema on
 * the local PostgreSQL.
 */
final class BenchDatabase implements AutoCloseable {
    final String label;
    final SqlDialect dialect;
    private final String url;
    private final String user;
    private final Runnable cleanup;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private BenchDatabase(String label, SqlDialect dialect, String url, String user, Runnable cleanup) {
        this.label = label;
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.cleanup = cleanup;
    }

    static BenchDatabase h2() throws IOException {
        Path dir = Files.createTempDirectory("calls-bench-h2");
        return new BenchDatabase("H2 2.3 (file)", SqlDialect.H2,
                "jdbc:h2:file:" + dir.resolve("calls") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "sa",
                () -> deleteTree(dir));
    }

    /** An in-memory H2 database, gone when its last connection closes. */
    static BenchDatabase h2Memory() {
        return new BenchDatabase("H2 2.3 (in memory)", SqlDialect.H2,
                "jdbc:h2:mem:calls-bench-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000", "sa", () -> { });
    }

    static BenchDatabase postgres(String adminUrl, String user) {
        String schema = "calls_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin(adminUrl, user, "CREATE SCHEMA " + schema);
        String separator = adminUrl.contains("?") ? "&" : "?";
        return new BenchDatabase("PostgreSQL", SqlDialect.POSTGRESQL, adminUrl + separator + "currentSchema=" + schema,
                user, () -> admin(adminUrl, user, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void admin(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** A pool of its own (one per node). */
    HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Runs a statement on its own connection. */
    void execute(HikariDataSource pool, String sql) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        cleanup.run();
    }
}
