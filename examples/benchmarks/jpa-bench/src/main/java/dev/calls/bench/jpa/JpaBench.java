package dev.calls.bench.jpa;

import com.zaxxer.hikari.HikariDataSource;
import dev.calls.Calls;
import dev.calls.event.EventJson;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.jpa.schema.SchemaInstaller;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Call lifecycle throughput of the engine on the JPA store (start, accept, end through {@code Calls}), beside
 * the machine's limit measured in the same run: the same three transactions in bare JDBC, writing the same
 * rows. Then cross-node delivery latency through the relay.
 *
 * <pre>
 * mvn -B -q -pl examples/benchmarks/jpa-bench -am package -DskipTests
 * java -jar examples/benchmarks/jpa-bench/target/jpa-bench.jar --db h2,postgresql
 * </pre>
 *
 * Options: {@code --db h2,postgresql}, {@code --lifecycles 500} (per round, and again for warm-up),
 * {@code --threads 4}, {@code --rounds 10},
 * {@code --latency 300}, {@code --pg-url jdbc:postgresql://127.0.0.1:5432/test}, {@code --pg-user postgres},
 * {@code --redis redis://127.0.0.1:6379} (also measures cross-node delivery woken through Redis; off unless given).
 */
public final class JpaBench {
    private JpaBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        List<String> dbs = List.of(arg(args, "--db", "h2,postgresql").split(","));
        int lifecycles = Integer.parseInt(arg(args, "--lifecycles", "500"));
        int threads = Integer.parseInt(arg(args, "--threads", "4"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "10"));
        int latency = Integer.parseInt(arg(args, "--latency", "300"));
        String pgUrl = arg(args, "--pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        String pgUser = arg(args, "--pg-user", "postgres");
        String redis = arg(args, "--redis", null);
        System.out.printf("Java %s, %d cores; %d lifecycles x %d rounds on %d threads%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), lifecycles, rounds,
                threads);
        inMemory(lifecycles, threads);
        for (String db : dbs) {
            try (BenchDatabase database = db.trim().equals("h2") ? BenchDatabase.h2()
                    : BenchDatabase.postgres(pgUrl, pgUser)) {
                run(database, lifecycles, threads, rounds, latency, redis);
            }
        }
    }

    private static void run(BenchDatabase db, int lifecycles, int threads, int rounds, int latency, String redis)
            throws Exception {
        HikariDataSource pool = db.pool(threads + 2);
        new SchemaInstaller(pool).install();
        System.out.printf("%n== %s (%s)%n", db.label, version(pool));

        List<Map<String, Integer>> shape;
        String payload;
        try (Cluster shaping = new Cluster()) {
            WriteShape recorder = new WriteShape(pool);
            Calls calls = shaping.node(recorder, null);
            LifecycleRun.online(calls, 1);
            LifecycleRun.rate(1, 20, LifecycleRun.engine(calls));
            recorder.reset();
            LifecycleRun.rate(1, 1, LifecycleRun.engine(calls));
            shape = recorder.transactions().stream().filter(t -> t.containsKey("calls_call")).toList();
            try (JpaCalls reader = JpaCalls.builder().dataSource(pool).build()) {
                payload = EventJson.write(reader.callStore().eventsAfter(calls.events().lastSequence() - 1, 1).get(0));
            }
        }
        System.out.printf("rows per transaction (start, accept, end): %s; event payload %d chars%n", shape,
                payload.length());

        BareJdbc bare = new BareJdbc(pool, db.dialect, shape, payload);
        LifecycleRun.Lifecycle bareLifecycle = w -> bare.lifecycle();
        try (Cluster cluster = new Cluster()) {
            Calls calls = cluster.node(pool, null);
            LifecycleRun.online(calls, threads);
            // Warm-up: the JIT compiles Hibernate, the drivers and the engine before anything is measured.
            LifecycleRun.rate(threads, lifecycles, LifecycleRun.engine(calls));
            LifecycleRun.rate(threads, lifecycles, bareLifecycle);
            double engineSum = 0;
            double bareSum = 0;
            List<Double> ratios = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                // Back to back, so both see the same load on this shared machine and its database server.
                double b = LifecycleRun.rate(threads, lifecycles, bareLifecycle);
                double e = LifecycleRun.rate(threads, lifecycles, LifecycleRun.engine(calls));
                bareSum += b;
                engineSum += e;
                ratios.add(e / b);
                System.out.printf(Locale.ROOT, "round %d: bare JDBC %.0f lifecycles/s, engine on JPA %.0f lifecycles/s (%.0f %%)%n",
                        r, b, e, 100 * e / b);
            }
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "RESULT %s throughput: bare JDBC %.0f/s, engine on JPA %.0f/s (means of %d rounds);"
                    + " engine = %.0f %% of the limit (median of the rounds' ratios %.0f %%)%n", db.label, bareSum / rounds,
                    engineSum / rounds, rounds, 100 * engineSum / bareSum, 100 * ratios.get(ratios.size() / 2));
        }

        if (latency > 0) {
            latency(db, latency, db.dialect == dev.calls.jpa.SqlDialect.POSTGRESQL, "NOTIFY");
            if (redis != null) {
                redisLatency(db, latency, redis);
            }
            latency(db, latency, false, "polling every 250 ms");
        }
    }

    /** The engine alone, on the in-memory stores: what the domain logic costs without any database. */
    private static void inMemory(int lifecycles, int threads) throws Exception {
        Calls calls = Calls.builder()
                .userDirectory((tenant, id) -> java.util.Optional.of(dev.calls.UserProfile.of(tenant, id, "User " + id)))
                .startsPerMinute(100_000_000)
                .presenceTimeout(Duration.ofHours(1))
                .build();
        try (calls) {
            LifecycleRun.online(calls, threads);
            LifecycleRun.rate(threads, lifecycles * 4, LifecycleRun.engine(calls));
            double rate = LifecycleRun.rate(threads, lifecycles * 4, LifecycleRun.engine(calls));
            System.out.printf(Locale.ROOT, "RESULT engine on the in-memory stores (no database): %.0f lifecycles/s%n", rate);
        }
    }

    private static void latency(BenchDatabase db, int samples, boolean notify, String how) throws Exception {
        if (!notify && how.equals("NOTIFY")) {
            return;
        }
        try (Cluster cluster = new Cluster()) {
            RelayEventTransport[] ra = new RelayEventTransport[1];
            RelayEventTransport[] rb = new RelayEventTransport[1];
            Calls a = cluster.relayedNode(db.pool(4), notify, Duration.ofMillis(250), ra);
            Calls b = cluster.relayedNode(db.pool(4), notify, Duration.ofMillis(250), rb);
            if (notify) {
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!rb[0].listening() && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
            }
            // Calls start at random moments, not in step with the relay's polling.
            Duration jitter = notify ? Duration.ofMillis(20) : Duration.ofMillis(250);
            RelayLatency.measure(a, b, Math.min(50, samples), jitter);
            Stats stats = RelayLatency.measure(a, b, samples, jitter);
            System.out.printf(Locale.ROOT, "RESULT %s cross-node delivery (%s): %s%n", db.label, how, stats.summary());
        }
    }

    /** The same measurement with both nodes woken through Redis pub/sub (polling every 250 ms behind it). */
    private static void redisLatency(BenchDatabase db, int samples, String url) throws Exception {
        String prefix = "calls-bench-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ":";
        try (dev.calls.redis.RedisCalls redis = dev.calls.redis.RedisCalls.builder().url(url).keyPrefix(prefix).build();
                Cluster cluster = new Cluster()) {
            Calls a = cluster.redisNode(db.pool(4), redis, Duration.ofMillis(250));
            Calls b = cluster.redisNode(db.pool(4), redis, Duration.ofMillis(250));
            Thread.sleep(200);
            Duration jitter = Duration.ofMillis(20);
            RelayLatency.measure(a, b, Math.min(50, samples), jitter);
            Stats stats = RelayLatency.measure(a, b, samples, jitter);
            System.out.printf(Locale.ROOT, "RESULT %s cross-node delivery (Redis): %s%n", db.label, stats.summary());
        }
    }

    private static String version(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData m = c.getMetaData();
            return m.getDatabaseProductName() + " " + m.getDatabaseProductVersion();
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

}
