package dev.calls.jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.jpa.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operators' command line against a real database: what it prints and how it exits. */
public abstract class AbstractSchemaToolTest {
    protected TestDatabase db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void start() {
        db = createDatabase();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return SchemaTool.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user(), "--password", db.password()));
        return run(Map.of(), all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statusWhenNotInstalledThenExitThreeAndSaysSo() {
        assertThat(run("status")).isEqualTo(SchemaTool.NOT_CURRENT);
        assertThat(out()).contains("installed: no").contains("pending:   V1__calls.sql")
                .contains("pending:   V2__claims.sql").contains("pending:   V3__delivery_cursors.sql")
                .contains("not installed");
    }

    @Test
    void installThenStatusUpToDateAndASecondInstallDoesNothing() {
        assertThat(run("install")).isZero();
        assertThat(out()).contains("applied V1__calls.sql").contains("applied V2__claims.sql")
                .contains("applied V3__delivery_cursors.sql").contains("applied V4__devices.sql")
                .contains("applied V5__admin_stats.sql").contains("applied V6__guests.sql")
                .contains("installed at version 6");

        assertThat(run("install")).isZero();
        assertThat(out()).contains("up to date; nothing to do");

        assertThat(run("status")).isZero();
        assertThat(out()).contains("installed: version 6").contains("up to date");
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_schema_version")).isEqualTo(6);
    }

    @Test
    void uninstallWithKeepDataThenRowsStayAndWithoutItTablesGo() {
        run("install");
        db.execute("INSERT INTO calls_presence (tenant, user_id, status, available, do_not_disturb) "
                + "VALUES ('acme', 'alice', 'online', TRUE, FALSE)");

        assertThat(run("uninstall", "--keep-data")).isZero();
        assertThat(out()).contains("kept");
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_presence")).isEqualTo(1);

        assertThat(run("uninstall")).isZero();
        assertThat(out()).contains("dropped");
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void runWhenConnectionComesFromTheEnvironmentThenUsesIt() {
        Map<String, String> env = new HashMap<>();
        env.put("CALLS_DATASOURCE_URL", db.url());
        env.put("CALLS_DATASOURCE_USERNAME", db.user());
        env.put("CALLS_DATASOURCE_PASSWORD", db.password());

        assertThat(run(env, "install")).isZero();
        assertThat(run(env, "status")).isZero();
    }

    @Test
    void runWhenUsageIsWrongThenExitTwoWithTheReason() {
        assertThat(run(Map.of())).isEqualTo(SchemaTool.USAGE);
        assertThat(err()).contains("a command is required");
        assertThat(run(Map.of(), "status")).isEqualTo(SchemaTool.USAGE);
        assertThat(err()).contains("CALLS_DATASOURCE_URL");
        assertThat(run("install", "--keep-data")).isEqualTo(SchemaTool.USAGE);
        assertThat(err()).contains("--keep-data belongs to uninstall");
        assertThat(run("status", "--force")).isEqualTo(SchemaTool.USAGE);
        assertThat(err()).contains("unknown argument: --force");
        assertThat(run(Map.of(), "status", "--url", "postgres://x")).isEqualTo(SchemaTool.USAGE);
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("uninstall [--keep-data]");
    }

    @Test
    void runWhenTheDatabaseRefusesThenExitOneWithoutThePassword() {
        int code = run(Map.of(), "status", "--url", db.url(), "--user", "nobody-here", "--password", "s3cret-pw");

        assertThat(code).isEqualTo(SchemaTool.FAILED);
        assertThat(err()).startsWith("error: ").doesNotContain("s3cret-pw");
        assertThat(out()).doesNotContain("s3cret-pw");
    }

    @Test
    void runWhenNoDriverForTheUrlThenSaysWhichJarIsMissing() {
        int code = run(Map.of(), "status", "--url", "jdbc:nosuchdb://127.0.0.1/x?password=s3cret-pw");

        assertThat(code).isEqualTo(SchemaTool.FAILED);
        assertThat(err()).contains("no JDBC driver for jdbc:nosuchdb://127.0.0.1/x on the class path")
                .doesNotContain("s3cret-pw");
    }
}
