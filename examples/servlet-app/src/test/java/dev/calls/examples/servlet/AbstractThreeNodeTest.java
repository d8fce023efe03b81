package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three copies of the example in one JVM on one PostgreSQL schema (and, in a subclass, one Redis): a ring made on
 * node A reaches the callee's stream on node C, a presence change made on one node is seen on the others, and
 * the per-user start limit holds across the nodes when they share its counters (Redis), each node counting alone
 * otherwise.
 */
abstract class AbstractThreeNodeTest {
    /** Starts per user per minute on every node here. */
    private static final int STARTS = 5;
    /** The ring timeout here (the shortest allowed), so a missed call is seconds away. */
    private static final Duration RING = Duration.ofSeconds(5);

    private final String schema = ServerDatabases.uniqueName();
    private final List<RunningApp> nodes = new ArrayList<>();
    private final List<EventStream> streams = new ArrayList<>();

    /** Settings every node gets besides the database (the Redis ones, in a subclass). */
    protected abstract Map<String, String> scaleOut();

    /** Whether the nodes share the rate-limit counters and keep presence out of the database (Redis). */
    protected abstract boolean sharedLimits();

    @BeforeEach
    void startNodes() throws Exception {
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "CREATE SCHEMA " + schema);
        for (int i = 0; i < 3; i++) {
            Map<String, String> settings = new HashMap<>(scaleOut());
            settings.put("calls.datasource.url", ServerDatabases.PG + "?currentSchema=" + schema);
            settings.put("calls.datasource.username", "postgres");
            settings.put("calls.datasource.password", "");
            settings.put("calls.schema.initialize", i == 0 ? "always" : "never");
            settings.put("calls.ring-timeout", RING.toSeconds() + "s");
            nodes.add(ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(settings))
                    .engine(b -> b.startsPerMinute(STARTS))));
        }
    }

    @AfterEach
    void stopNodes() {
        streams.forEach(EventStream::close);
        nodes.forEach(RunningApp::close);
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "DROP SCHEMA " + schema + " CASCADE");
        cleanUp();
    }

    /** Runs after the nodes stopped. */
    protected void cleanUp() {
    }

    private RunningApp node(int i) {
        return nodes.get(i);
    }

    private EventStream stream(RunningApp node, String user) {
        return stream(node, user, -1);
    }

    private EventStream stream(RunningApp node, String user, long lastEventId) {
        EventStream s = new EventStream(node.uri(), user, lastEventId);
        streams.add(s);
        return s;
    }

    /** Waits until {@code node} sees {@code user} online (a stream open on another node is a sign of life). */
    private static void awaitOnline(RunningApp node, String asker, String user) throws InterruptedException {
        ApiClient client = new ApiClient(node.uri(), asker);
        long until = System.currentTimeMillis() + 15_000;
        String body = "";
        while (System.currentTimeMillis() < until) {
            body = client.send("GET", "/api/calls/presence?userIds=" + user, null).body();
            if (body.contains("\"online\":true")) {
                return;
            }
            new ApiClient(node.uri(), user).send("POST", "/api/calls/presence/heartbeat", null);
            Thread.sleep(100);
        }
        throw new AssertionError(user + " never online on " + node.uri() + ": " + body);
    }

    @Test
    void ringMadeOnNodeAThenTheCalleesStreamOnNodeCGetsItAtOnce() throws Exception {
        EventStream callee = stream(node(2), "calluser8");
        awaitOnline(node(0), "testuser3", "calluser8");
        List<String> callers = List.of("testuser3", "testuser5", "testuser6", "calluser4");
        Map<String, EventStream> callersOnA = new HashMap<>();
        for (String caller : callers) {
            callersOnA.put(caller, stream(node(0), caller));
        }
        List<Long> micros = new ArrayList<>();
        List<Long> afterA = new ArrayList<>();
        for (int round = 0; round < STARTS; round++) {
            for (String caller : callers) {
                ApiClient a = new ApiClient(node(0).uri(), caller);
                long sent = System.nanoTime();
                HttpResponse<String> started = a.send("POST", "/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
                String id = started.headers().firstValue("Location").orElseThrow();
                id = id.substring(id.lastIndexOf('/') + 1);
                String callId = id;
                EventStream.Received ring = callee.await(r -> r.type().equals("call.ringing")
                        && callId.equals(r.data().path("call").path("id").asText()), 10_000, "the ring of " + callId);
                micros.add((ring.arrivedNanos() - sent) / 1_000);
                EventStream.Received onA = callersOnA.get(caller).await(r -> r.type().equals("call.ringing")
                        && callId.equals(r.data().path("call").path("id").asText()), 10_000, "the ring on node A");
                afterA.add((ring.arrivedNanos() - onA.arrivedNanos()) / 1_000);
                // hung up on the third node: the next ring finds the callee free
                assertThat(new ApiClient(node(1).uri(), caller).send("POST", "/api/calls/" + callId + "/cancel", null)
                        .statusCode()).isEqualTo(200);
                callee.await(r -> r.type().equals("call.cancelled")
                        && callId.equals(r.data().path("call").path("id").asText()), 10_000, "the cancel of " + callId);
            }
        }
        micros.sort(null);
        afterA.sort(null);
        long p50 = micros.get(micros.size() / 2);
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        System.out.printf("%s: %d rings; POST on node A to ringing on node C's stream p50 %d µs, p99 %d µs;"
                + " node C's stream after node A's p50 %d µs, p99 %d µs%n", getClass().getSimpleName(), micros.size(),
                p50, p99, afterA.get(afterA.size() / 2), afterA.get(afterA.size() - 1));
        List<Long> ids = callee.snapshot().stream().map(EventStream.Received::id).toList();
        assertThat(ids).as("in order, none twice").isSorted().doesNotHaveDuplicates();
        assertThat(Duration.ofNanos(p99 * 1_000)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void presenceSetOnOneNodeThenSeenOnTheOthersAndOnTheirStreams() throws Exception {
        EventStream onB = stream(node(1), "testuser3");
        EventStream onC = stream(node(2), "testuser5");
        Thread.sleep(300);

        ApiClient setter = new ApiClient(node(0).uri(), "calluser8");
        setter.send("POST", "/api/calls/presence/heartbeat", null);
        assertThat(setter.send("PUT", "/api/calls/presence/me",
                "{\"status\":\"away\",\"status_message\":\"back at 3\"}").statusCode()).isEqualTo(200);

        for (EventStream s : List.of(onB, onC)) {
            s.await(r -> r.data().toString().contains("back at 3"), 10_000, "calluser8's new status");
        }
        for (RunningApp other : List.of(node(1), node(2))) {
            assertThat(new ApiClient(other.uri(), "testuser6").send("GET", "/api/calls/presence?userIds=calluser8",
                    null).body()).contains("back at 3");
        }
        // with Redis, no presence write reaches the database at all (settings, heartbeats, open streams)
        long rows = presenceRows();
        if (sharedLimits()) {
            assertThat(rows).isZero();
        } else {
            assertThat(rows).isPositive();
        }
    }

    private long presenceRows() {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(ServerDatabases.PG, "postgres", "");
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema + ".calls_presence")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nodeStoppedWhileACallRingsThenMissedOnTimeAndTheCalleesStreamResumesOnAnotherNode() throws Exception {
        RunningApp a = node(0);
        RunningApp b = node(1);
        RunningApp c = node(2);
        EventStream calleeOnA = stream(a, "calluser8");
        awaitOnline(a, "testuser3", "calluser8");
        HttpResponse<String> started = new ApiClient(a.uri(), "testuser3").send("POST", "/api/calls",
                "{\"recipientIds\":[\"calluser8\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        String callId = location.substring(location.lastIndexOf('/') + 1);
        EventStream.Received ring = calleeOnA.await(r -> r.type().equals("call.ringing")
                && callId.equals(r.data().path("call").path("id").asText()), 10_000, "the ring on node A");
        long startedAt = System.nanoTime();

        // node A goes away with the call ringing and its timer on it; the browser reconnects to node B
        calleeOnA.close();
        nodes.remove(a);
        a.close();
        EventStream calleeOnB = stream(b, "calluser8", ring.id());

        EventStream.Received missed = calleeOnB.await(r -> r.type().equals("call.missed")
                && callId.equals(r.data().path("call").path("id").asText()), 30_000, "the call missed on node B");
        Duration after = Duration.ofNanos(missed.arrivedNanos() - startedAt);
        assertThat(after).as("missed by another node's sweep: ring timeout plus at most a sweep interval")
                .isLessThan(RING.plusSeconds(5 + 5));
        List<Long> ids = calleeOnB.snapshot().stream().map(EventStream.Received::id).toList();
        assertThat(ids).as("resumed after the last event seen, in order, none twice")
                .allMatch(id -> id > ring.id()).isSorted().doesNotHaveDuplicates();
        assertThat(new ApiClient(c.uri(), "testuser3").json("GET", "/api/calls/" + callId, null)
                .get("state").asText()).isEqualTo("missed");
    }

    @Test
    void startsSpreadOverTheNodesThenThePerUserLimitHoldsAcrossThemWhenShared() {
        ApiClient[] caller = new ApiClient[3];
        for (int i = 0; i < 3; i++) {
            caller[i] = new ApiClient(node(i).uri(), "testuser4");
        }
        new ApiClient(node(0).uri(), "calluser10").send("POST", "/api/calls/presence/heartbeat", null);
        for (int i = 0; i < STARTS; i++) {
            HttpResponse<String> started = caller[i % 3].send("POST", "/api/calls", "{\"recipientIds\":[\"calluser10\"]}");
            assertThat(started.statusCode()).as(started.body()).isIn(201, 409, 403);
            String location = started.headers().firstValue("Location").orElse(null);
            if (location != null) {
                caller[i % 3].send("POST", location + "/cancel", null);
            }
        }

        HttpResponse<String> next = caller[STARTS % 3].send("POST", "/api/calls", "{\"recipientIds\":[\"calluser10\"]}");

        if (sharedLimits()) {
            assertThat(next.statusCode()).as(next.body()).isEqualTo(429);
            assertThat(next.body()).contains("rate_limited");
            assertThat(next.headers().firstValue("Retry-After")).isPresent();
        } else {
            // each node counted only the starts it saw
            assertThat(next.statusCode()).as(next.body()).isNotEqualTo(429);
        }
    }
}
