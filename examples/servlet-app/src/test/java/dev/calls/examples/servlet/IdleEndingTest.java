package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls nobody hangs up end by themselves (reason {@code idle}) over HTTP, with no media-server webhooks: once
 * everyone reported leaving the media room, and once everyone went offline without a room report; a call whose
 * users stay online and report nothing goes on. Short presence and idle timeouts keep it to seconds.
 */
class IdleEndingTest {
    private RunningApp app;
    private ApiClient alice;
    private ApiClient bob;

    @BeforeEach
    void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of(
                "calls.idle-timeout", "10s", "calls.presence-timeout", "10s"))));
        alice = new ApiClient(app.uri(), "testuser4");
        bob = new ApiClient(app.uri(), "calluser8");
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private String answeredCall() {
        alice.json("POST", "/api/calls/presence/heartbeat", null);
        bob.json("POST", "/api/calls/presence/heartbeat", null);
        HttpResponse<String> started = alice.send("POST", "/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = alice.json("GET", started.headers().firstValue("Location").orElseThrow(), null).get("id").asText();
        assertThat(bob.json("POST", "/api/calls/" + id + "/accept", null).get("state").asText()).isEqualTo("active");
        return id;
    }

    /** Polls the call until it is no longer active; with {@code online}, both users heartbeat meanwhile. */
    private JsonNode awaitEnded(String id, Duration within, boolean online) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        JsonNode call = alice.json("GET", "/api/calls/" + id, null);
        while (call.get("state").asText().equals("active") && Instant.now().isBefore(until)) {
            if (online) {
                alice.json("POST", "/api/calls/presence/heartbeat", null);
                bob.json("POST", "/api/calls/presence/heartbeat", null);
            }
            Thread.sleep(200);
            call = alice.json("GET", "/api/calls/" + id, null);
        }
        return call;
    }

    @Test
    void everyoneLeftTheRoomThenTheCallEndsIdleAfterTheIdleTimeout() throws Exception {
        String id = answeredCall();
        alice.json("POST", "/api/calls/" + id + "/room", "{\"inRoom\":true}");
        bob.json("POST", "/api/calls/" + id + "/room", "{\"inRoom\":true}");
        alice.json("POST", "/api/calls/" + id + "/room", "{\"inRoom\":false}");
        Instant emptied = Instant.now();
        bob.json("POST", "/api/calls/" + id + "/room", "{\"inRoom\":false}");

        JsonNode ended = awaitEnded(id, Duration.ofSeconds(20), true);

        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("endReason").asText()).isEqualTo("idle");
        assertThat(Duration.between(emptied, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void everyoneWentOfflineWithoutARoomReportThenTheCallEndsIdle() throws Exception {
        String id = answeredCall();

        // no more heartbeats: both are offline 10 s after the last one, and the call ends then
        JsonNode ended = awaitEnded(id, Duration.ofSeconds(25), false);

        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("endReason").asText()).isEqualTo("idle");
        JsonNode history = bob.json("GET", "/api/calls/history", null).get("items").get(0);
        assertThat(history.get("id").asText()).isEqualTo(id);
    }

    @Test
    void usersStayOnlineWithoutRoomReportsThenTheCallGoesOn() throws Exception {
        String id = answeredCall();
        Instant until = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(until)) {
            alice.json("POST", "/api/calls/presence/heartbeat", null);
            bob.json("POST", "/api/calls/presence/heartbeat", null);
            Thread.sleep(1_000);
        }

        assertThat(alice.json("GET", "/api/calls/" + id, null).get("state").asText()).isEqualTo("active");
    }
}
