package dev.calls.bench.jpa;

import com.zaxxer.hikari.HikariDataSource;
import dev.calls.admin.CallStats;
import dev.calls.admin.StatsBucket;
import dev.calls.admin.StatsQuery;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.schema.SchemaInstaller;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Time per administrator statistics query on the JPA store ({@code JpaAdminStore}: SQL aggregates over the
 * shipped schema with its version 5 indexes) after filling a database with a million calls of one tenant, plus
 * a tenth as many of another, spread over 90 days with realistic outcomes (60 % talked, 25 % missed, 10 %
 * declined, 5 % cancelled), two participants each. Rows go in with bare JDBC batches: the fill is not what is
 * measured.
 *
 * <pre>
 * mvn -B -q -pl examples/benchmarks/jpa-bench -am package -DskipTests
 * java -cp examples/benchmarks/jpa-bench/target/jpa-bench.jar dev.calls.bench.jpa.AdminStatsBench --db h2,postgresql
 * </pre>
 *
 * Options: {@code --db h2,postgresql} ({@code h2mem}: H2 in memory, whose fill is far quicker than the file's),
 * {@code --calls 1000000}, {@code --runs 5},
 * {@code --pg-url jdbc:postgresql://127.0.0.1:5432/test}, {@code --pg-user postgres}.
 */
public final class AdminStatsBench {
    static final String TENANT = "bench";
    static final Instant END = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(90);

    private AdminStatsBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        List<String> dbs = List.of(JpaBench.arg(args, "--db", "h2,postgresql").split(","));
        int calls = Integer.parseInt(JpaBench.arg(args, "--calls", "1000000"));
        int runs = Integer.parseInt(JpaBench.arg(args, "--runs", "5"));
        String pgUrl = JpaBench.arg(args, "--pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        String pgUser = JpaBench.arg(args, "--pg-user", "postgres");
        System.out.printf("Java %s, %d cores; %,d calls of tenant %s over %d days (+%,d of another tenant)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), calls, TENANT,
                SPAN.toDays(), calls / 10);
        for (String db : dbs) {
            try (BenchDatabase database = db.trim().equals("h2") ? BenchDatabase.h2()
                    : db.trim().equals("h2mem") ? BenchDatabase.h2Memory()
                    // batched inserts sent as multi-row statements: the fill takes minutes, not a quarter of an hour
                    : BenchDatabase.postgres(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", pgUser)) {
                run(database, calls, runs);
            }
        }
    }

    private static void run(BenchDatabase db, int calls, int runs) throws Exception {
        HikariDataSource pool = db.pool(2);
        new SchemaInstaller(pool).install();
        System.out.printf("%n== %s%n", db.label);
        long t0 = System.nanoTime();
        fill(pool, TENANT, calls, 1);
        fill(pool, "other", calls / 10, 2);
        if (db.dialect == dev.calls.jpa.SqlDialect.POSTGRESQL) {
            // what autovacuum does after a bulk load: statistics, and the visibility map for index-only scans
            db.execute(pool, "VACUUM ANALYZE calls_call");
            db.execute(pool, "VACUUM ANALYZE calls_participant");
        }
        System.out.printf("filled %,d calls in %.1f s%n", calls + calls / 10, (System.nanoTime() - t0) / 1e9);
        try (JpaCalls jpa = JpaCalls.builder().dataSource(pool).build()) {
            List<StatsQuery> queries = List.of(
                    new StatsQuery(END.minus(Duration.ofHours(48)), END, StatsBucket.HOUR, 10),
                    new StatsQuery(END.minus(Duration.ofDays(30)), END, StatsBucket.DAY, 10),
                    new StatsQuery(END.minus(SPAN), END, StatsBucket.DAY, 10));
            for (StatsQuery q : queries) {
                CallStats s = CallStats.of(q, jpa.adminStore().stats(TENANT, q)); // warm-up, and the figures
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    jpa.adminStore().stats(TENANT, q);
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                ms.sort(Double::compare);
                System.out.printf("stats %-5s %3d days: %,9d calls, median %8.1f ms (min %.1f, max %.1f); answer rate"
                                + " %.3f, p50 talk %.0f s, peak %d%n", q.bucket().wire(),
                        Duration.between(q.from(), q.to()).toDays(), s.calls(), ms.get(ms.size() / 2), ms.get(0),
                        ms.get(ms.size() - 1), s.answerRate(), s.duration().p50Seconds(), s.peakConcurrent());
            }
            int live = jpa.adminStore().liveCalls(TENANT, 500).size(); // warm-up
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                jpa.adminStore().liveCalls(TENANT, 500);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            ms.sort(Double::compare);
            System.out.printf("live calls: %d, median %.1f ms (min %.1f, max %.1f)%n", live, ms.get(ms.size() / 2),
                    ms.get(0), ms.get(ms.size() - 1));
        }
    }

    /** {@code n} terminal 1:1 calls of the tenant spread over the span, with their participants, in batches. */
    private static void fill(HikariDataSource pool, String tenant, int n, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        long from = END.minus(SPAN).toEpochMilli();
        long span = SPAN.toMillis();
        try (Connection c = pool.getConnection();
                PreparedStatement call = c.prepareStatement("INSERT INTO calls_call (id, tenant, media_type, initiator,"
                        + " room, provider_id, state, created_at, answered_at, ended_at, end_reason, deadline, idle_since,"
                        + " version) VALUES (?, ?, 'video', ?, ?, 'public', ?, ?, ?, ?, ?, NULL, NULL, 2)");
                PreparedStatement participant = c.prepareStatement("INSERT INTO calls_participant (call_id, user_id,"
                        + " list_index, tenant, call_created_at, call_live, name, role, state, audio_muted, video_muted,"
                        + " connection_quality, in_room, invited_at, joined_at, left_at)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, FALSE, FALSE, NULL, FALSE, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                String caller = "u" + random.nextInt(1000);
                String callee = "u" + (1000 + random.nextInt(1000));
                long created = from + (long) (random.nextDouble() * span);
                int outcome = random.nextInt(100);
                Long answered = null;
                long ended;
                String state;
                String reason;
                String calleeState;
                if (outcome < 60) {
                    answered = created + 1_000 + random.nextInt(19_000);
                    ended = answered + 5_000 + random.nextInt(1_795_000);
                    state = "completed";
                    reason = "hung_up";
                    calleeState = "left";
                } else if (outcome < 85) {
                    ended = created + 30_000;
                    state = "missed";
                    reason = "no_answer";
                    calleeState = "missed";
                } else if (outcome < 95) {
                    ended = created + 2_000 + random.nextInt(20_000);
                    state = "declined";
                    reason = "declined";
                    calleeState = "declined";
                } else {
                    ended = created + 1_000 + random.nextInt(25_000);
                    state = "cancelled";
                    reason = "cancelled_by_caller";
                    calleeState = "missed";
                }
                call.setString(1, id);
                call.setString(2, tenant);
                call.setString(3, caller);
                call.setString(4, "bench-" + id);
                call.setString(5, state);
                call.setLong(6, created);
                call.setObject(7, answered, java.sql.Types.BIGINT);
                call.setLong(8, ended);
                call.setString(9, reason);
                call.addBatch();
                addParticipant(participant, id, caller, 0, tenant, created, "host", "left", created, created, ended);
                addParticipant(participant, id, callee, 1, tenant, created, "guest", calleeState, created, answered,
                        ended);
                if (i % 2_000 == 1_999 || i == n - 1) {
                    call.executeBatch();
                    participant.executeBatch();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
    }

    private static void addParticipant(PreparedStatement p, String callId, String user, int index, String tenant,
            long created, String role, String state, long invited, Long joined, long left) throws SQLException {
        p.setString(1, callId);
        p.setString(2, user);
        p.setInt(3, index);
        p.setString(4, tenant);
        p.setLong(5, created);
        p.setString(6, user);
        p.setString(7, role);
        p.setString(8, state);
        p.setLong(9, invited);
        p.setObject(10, joined, java.sql.Types.BIGINT);
        p.setLong(11, left);
        p.addBatch();
    }
}
