package dev.calls.jpa.schema;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.StorageException;
import dev.calls.event.EventType;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.support.Samples;
import dev.calls.jpa.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Install, migrate, uninstall and status with the shipped scripts, on a fresh database per test. */
public abstract class AbstractSchemaInstallerTest {
    private static final List<String> CALLS_TABLES = List.of("calls_call", "calls_claim", "calls_delivery_cursor",
            "calls_device", "calls_event",
            "calls_event_sequence", "calls_guest", "calls_meeting", "calls_meeting_invitee", "calls_participant", "calls_presence",
            "calls_schema_lock", "calls_schema_version", "calls_seen_key");

    protected TestDatabase db;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void start() {
        db = createDatabase();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private SchemaInstaller installer() {
        return new SchemaInstaller(db.dataSource());
    }

    private SchemaInstaller installer(DataSource dataSource, String root) {
        return new SchemaInstaller(dataSource, new SchemaScripts("dev/calls/jpa/schematest/" + root, db.dialect(),
                getClass().getClassLoader()), Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Test
    void installThenEveryTableAndTheVersionRecorded() {
        List<Migration> applied = installer().migrate();

        assertThat(applied).extracting(Migration::script).containsExactly("V1__calls.sql", "V2__claims.sql",
                "V3__delivery_cursors.sql", "V4__devices.sql", "V5__admin_stats.sql", "V6__guests.sql");
        assertThat(db.tables()).containsExactlyElementsOf(CALLS_TABLES);
        SchemaStatus status = installer().status();
        assertThat(status.upToDate()).isTrue();
        assertThat(status.installedVersion()).isEqualTo(6);
        assertThat(status.dialect()).isEqualTo(db.dialect());
    }

    @Test
    void installTwiceThenTheSameAsOnce() {
        installer().install();
        List<String> tables = db.tables();

        assertThat(installer().migrate()).isEmpty();

        assertThat(db.tables()).isEqualTo(tables);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_schema_version")).isEqualTo(6);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_event_sequence")).isEqualTo(1);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_schema_lock")).isEqualTo(1);
    }

    @Test
    void installWhenFourNodesStartAtOnceThenEveryScriptAppliedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Migration>>> nodes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SchemaInstaller node = new SchemaInstaller(db.newPool(2));
                nodes.add(pool.submit(() -> {
                    go.await();
                    return node.migrate();
                }));
            }
            go.countDown();
            int applied = 0;
            for (Future<List<Migration>> node : nodes) {
                applied += node.get(60, TimeUnit.SECONDS).size();
            }
            assertThat(applied).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_schema_version")).isEqualTo(6);
        assertThat(db.tables()).containsExactlyElementsOf(CALLS_TABLES);
    }

    @Test
    void uninstallWithKeepDataThenTablesAndRowsStay() {
        try (JpaCalls jpa = JpaCalls.builder().dataSource(db.dataSource()).build()) {
            jpa.install();
            var call = Samples.ringing("acme", "alice", T0, "bob");
            jpa.callStore().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));

            jpa.uninstall(true);

            assertThat(db.tables()).containsExactlyElementsOf(CALLS_TABLES);
            assertThat(jpa.callStore().find(call.id())).contains(call);
            assertThat(jpa.status().upToDate()).isTrue();
        }
    }

    @Test
    void uninstallThenEveryCallsTableGoneAndTheHostsTableStays() {
        db.execute("CREATE TABLE host_orders (id INTEGER PRIMARY KEY, calls_note VARCHAR(20))");
        db.execute("INSERT INTO host_orders (id, calls_note) VALUES (7, 'kept')");
        installer().install();

        installer().uninstall(false);

        assertThat(db.tables()).containsExactly("host_orders");
        assertThat(db.queryLong("SELECT id FROM host_orders")).isEqualTo(7);
        assertThat(installer().status().installed()).isFalse();
    }

    @Test
    void uninstallWhenNothingInstalledThenNothingHappens() {
        installer().uninstall(false);

        assertThat(db.tables()).isEmpty();
    }

    @Test
    void installAfterUninstallThenAFreshSchemaThatWorks() {
        installer().install();
        installer().uninstall(false);

        try (JpaCalls jpa = JpaCalls.builder().dataSource(db.dataSource()).build()) {
            jpa.install();
            var call = Samples.ringing("acme", "alice", T0, "bob");
            var stored = jpa.callStore().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));

            assertThat(stored.get(0).sequence()).isEqualTo(1);
        }
    }

    @Test
    void installWhenAnOlderVersionIsInstalledThenOnlyTheNewScriptRuns() {
        installer(db.dataSource(), "one").install();
        assertThat(installer(db.dataSource(), "two").status().pending()).extracting(Migration::script)
                .containsExactly("V2__second.sql");

        List<Migration> applied = installer(db.dataSource(), "two").migrate();

        assertThat(applied).extracting(Migration::version).containsExactly(2);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_first")).isEqualTo(1);
        assertThat(db.queryLong("SELECT id FROM calls_second")).isEqualTo(2);
        assertThat(installer(db.dataSource(), "two").status().upToDate()).isTrue();
    }

    @Test
    void installWhenAScriptFailsThenItNamesTheStatementAndARerunCompletes() {
        assertThatThrownBy(() -> installer(db.dataSource(), "broken").install())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("V2__second.sql statement 2");
        assertThat(installer(db.dataSource(), "broken").status().installedVersion()).isEqualTo(1);

        installer(db.dataSource(), "two").install();

        assertThat(installer(db.dataSource(), "two").status().upToDate()).isTrue();
        assertThat(db.queryLong("SELECT id FROM calls_second")).isEqualTo(2);
    }

    @Test
    void statusWhenAnAppliedScriptWasEditedThenNamesIt() {
        installer(db.dataSource(), "one").install();
        db.execute("UPDATE calls_schema_version SET checksum = 42");

        assertThat(installer(db.dataSource(), "one").status().changed()).containsExactly("V1__first.sql");
    }
}
