package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node of the example killed with SIGKILL while a call rings: node A runs as its own process (the built
 * {@code calls-servlet-app.jar}), node B in this JVM, on one PostgreSQL schema (and one Redis in the second
 * test). The callee's stream on A breaks; reopened on B with {@code Last-Event-ID}, it gets the call going
 * missed on time (B's sweep takes over A's timer), after the last event it saw, in order, nothing twice.
 */
class KilledNodeIT {
    private static final Duration RING = Duration.ofSeconds(5);
    private static final Path JAR = Path.of("target", "calls-servlet-app.jar");

    private final String schema = ServerDatabases.uniqueName();
    private final List<EventStream> streams = new ArrayList<>();
    private Process nodeA;
    private RunningApp nodeB;

    @AfterEach
    void stop() throws InterruptedException {
        streams.forEach(EventStream::close);
        if (nodeA != null) {
            nodeA.destroyForcibly();
            nodeA.waitFor(10, TimeUnit.SECONDS);
        }
        if (nodeB != null) {
            nodeB.close();
        }
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void nodeKilledWhileACallRingsThenMissedOnTimeAndTheStreamResumesOnTheOtherNode() throws Exception {
        killWhileRinging(Map.of());
    }

    @Test
    void withRedisNodeKilledWhileACallRingsThenMissedOnTimeAndTheStreamResumesOnTheOtherNode() throws Exception {
        killWhileRinging(Map.of("calls.redis.url", "redis://127.0.0.1:6379",
                "calls.redis.key-prefix", "calls-test-" + UUID.randomUUID().toString().substring(0, 8) + ":"));
    }

    private void killWhileRinging(Map<String, String> scaleOut) throws Exception {
        assertThat(JAR).as("the example's jar, built by the package phase before the integration tests").exists();
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "CREATE SCHEMA " + schema);
        Map<String, String> settings = new java.util.HashMap<>(scaleOut);
        settings.put("calls.datasource.url", ServerDatabases.PG + "?currentSchema=" + schema);
        settings.put("calls.datasource.username", "postgres");
        settings.put("calls.datasource.password", "");
        settings.put("calls.ring-timeout", RING.toSeconds() + "s");
        Map<String, String> installing = new java.util.HashMap<>(settings);
        installing.put("calls.schema.initialize", "always");
        nodeB = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(installing)));
        URI a = startProcess(settings);

        EventStream calleeOnA = stream(a, "calluser8", -1);
        awaitOnline(a, "calluser8");
        HttpResponse<String> started = new ApiClient(a, "testuser3").send("POST", "/api/calls",
                "{\"recipientIds\":[\"calluser8\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        String callId = location.substring(location.lastIndexOf('/') + 1);
        EventStream.Received ring = calleeOnA.await(r -> r.type().equals("call.ringing")
                && callId.equals(r.data().path("call").path("id").asText()), 10_000, "the ring on node A");
        long killedAt = System.nanoTime();

        nodeA.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to anyone
        assertThat(nodeA.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeA.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        EventStream calleeOnB = stream(nodeB.uri(), "calluser8", ring.id());

        EventStream.Received missed = calleeOnB.await(r -> r.type().equals("call.missed")
                && callId.equals(r.data().path("call").path("id").asText()), 30_000, "the call missed on node B");
        assertThat(Duration.ofNanos(missed.arrivedNanos() - killedAt))
                .as("missed by node B's sweep: the ring timeout plus at most a sweep interval")
                .isLessThan(RING.plusSeconds(5 + 5));
        List<Long> ids = calleeOnB.snapshot().stream().map(EventStream.Received::id).toList();
        assertThat(ids).as("resumed after the last event seen, in order, none twice")
                .allMatch(id -> id > ring.id()).isSorted().doesNotHaveDuplicates();
        assertThat(new ApiClient(nodeB.uri(), "testuser3").json("GET", "/api/calls/" + callId, null)
                .get("state").asText()).isEqualTo("missed");
    }

    /** Node A: the example's jar in a JVM of its own, on a free port, with these settings as system properties. */
    private URI startProcess(Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-Xmx256m");
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dcalls.schema.initialize=never");
        command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port)));
        Path log = Files.createTempFile("calls-node-a-", ".log");
        nodeA = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (!nodeA.isAlive()) {
                throw new AssertionError("node A ended at start: " + Files.readString(log));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return URI.create("http://127.0.0.1:" + port + "/");
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("node A did not start within 60 s: " + Files.readString(log));
    }

    private EventStream stream(URI node, String user, long lastEventId) {
        EventStream s = new EventStream(node, user, lastEventId);
        streams.add(s);
        return s;
    }

    private static void awaitOnline(URI node, String user) throws InterruptedException {
        ApiClient asker = new ApiClient(node, "testuser3");
        long until = System.currentTimeMillis() + 15_000;
        String body = "";
        while (System.currentTimeMillis() < until) {
            body = asker.send("GET", "/api/calls/presence?userIds=" + user, null).body();
            if (body.contains("\"online\":true")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(user + " never online on " + node + ": " + body);
    }
}
