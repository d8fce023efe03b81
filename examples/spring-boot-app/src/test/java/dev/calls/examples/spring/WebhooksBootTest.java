package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The media server's reports through Spring Boot: {@code calls.webhooks.jaas-secret} and {@code jitsi-secret}
 * make {@code POST /api/calls/webhooks/…} answer, and what they report changes real calls, seen over the API.
 * {@code calls.idle-timeout} and {@code calls.sweep-interval} then end a call whose room stayed empty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebhooksBootTest {
    private static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        CrmFlowContract.jaas(registry);
        registry.add("calls.webhooks.jaas-secret", () -> MediaServer.JAAS_SECRET);
        registry.add("calls.webhooks.jitsi-header", () -> MediaServer.EVENT_SYNC_HEADER);
        registry.add("calls.webhooks.jitsi-secret", () -> MediaServer.EVENT_SYNC_SECRET);
        registry.add("calls.idle-timeout", () -> "10s");
        registry.add("calls.sweep-interval", () -> "100ms");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Test
    void jaasParticipantJoinedSignedThenParticipantIsInTheRoom() throws Exception {
        JsonNode call = answeredCall("calluser1", "calluser2");

        HttpResponse<String> r = jaas(MediaServer.jaasParticipant("boot-k1", "PARTICIPANT_JOINED",
                call.path("room").asText(), clock.instant(), "calluser2"), MediaServer.JAAS_SECRET);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WebClient.tree(r).path("result").asText()).isEqualTo("applied");
        JsonNode after = read("calluser1", call);
        assertThat(inRoom(after, "calluser2")).isTrue();
        assertThat(inRoom(after, "calluser1")).isFalse();
    }

    @Test
    void jaasSignedWithAnotherSecretThenRefusedAndNothingChanges() throws Exception {
        JsonNode call = answeredCall("calluser3", "calluser4");

        HttpResponse<String> r = jaas(MediaServer.jaasParticipant("boot-k2", "PARTICIPANT_JOINED",
                call.path("room").asText(), clock.instant(), "calluser4"), "whsec-another-0123456789abcdef");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(WebClient.tree(r).path("code").asText()).isEqualTo("unauthenticated");
        assertThat(inRoom(read("calluser3", call), "calluser4")).isFalse();
    }

    @Test
    void jaasRoomDestroyedThenTheActiveCallIsCompleted() throws Exception {
        JsonNode call = answeredCall("calluser5", "calluser6");

        HttpResponse<String> r = jaas(MediaServer.jaas("boot-k3", "ROOM_DESTROYED", call.path("room").asText(),
                clock.instant(), "{\"isBreakout\":false}"), MediaServer.JAAS_SECRET);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode after = read("calluser5", call);
        assertThat(after.path("state").asText()).isEqualTo("completed");
        assertThat(after.path("endReason").asText()).isEqualTo("room_destroyed");
    }

    @Test
    void eventSyncWithTheSharedHeaderThenOccupantIsInTheRoomAndAWrongHeaderIsRefused() throws Exception {
        JsonNode call = answeredCall("calluser7", "calluser8");
        byte[] joined = MediaServer.occupantJoined(call.path("room").asText(), "calluser7", clock.instant());

        HttpResponse<String> wrong = eventSync("/occupant/joined", joined, "event-sync-wrong-0123456789abcdef");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(inRoom(read("calluser7", call), "calluser7")).isFalse();

        HttpResponse<String> right = eventSync("/occupant/joined", joined, MediaServer.EVENT_SYNC_SECRET);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(inRoom(read("calluser7", call), "calluser7")).isTrue();
    }

    @Test
    void eventSyncRoomDestroyedThenTheActiveCallIsCompleted() throws Exception {
        JsonNode call = answeredCall("calluser9", "calluser10");

        HttpResponse<String> r = eventSync("/room/destroyed",
                MediaServer.roomDestroyed(call.path("room").asText(), clock.instant().plusSeconds(2)),
                MediaServer.EVENT_SYNC_SECRET);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WebClient.tree(r).path("result").asText()).as(r.body()).isEqualTo("applied");
        assertThat(read("calluser9", call).path("endReason").asText()).isEqualTo("room_destroyed");
    }

    @Test
    void roomEmptyLongerThanIdleTimeoutThenTheSweepEndsTheCall() throws Exception {
        JsonNode call = answeredCall("testuser3", "testuser5");
        String room = call.path("room").asText();
        jaas(MediaServer.jaasParticipant("boot-k4", "PARTICIPANT_JOINED", room, clock.instant(), "testuser5"),
                MediaServer.JAAS_SECRET);
        jaas(MediaServer.jaasParticipant("boot-k5", "PARTICIPANT_LEFT", room, clock.instant(), "testuser5"),
                MediaServer.JAAS_SECRET);
        assertThat(read("testuser3", call).path("state").asText()).isEqualTo("active");

        clock.advance(Duration.ofSeconds(11));

        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode after = read("testuser3", call);
        while (!"completed".equals(after.path("state").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            after = read("testuser3", call);
        }
        assertThat(after.path("state").asText()).isEqualTo("completed");
        assertThat(after.path("endReason").asText()).isEqualTo("idle");
    }

    /** A call from {@code caller} that {@code callee} answered, as the API shows it. */
    private JsonNode answeredCall(String caller, String callee) throws Exception {
        WebClient from = WebClient.basic(port, caller, PASSWORD);
        WebClient to = WebClient.basic(port, callee, PASSWORD);
        try (SseStream events = to.events()) {
            assertThat(events.response().statusCode()).isEqualTo(200);
            HttpResponse<String> started = from.json("POST", "/api/calls",
                    Map.of("recipientIds", List.of(callee), "type", "audio"));
            assertThat(started.statusCode()).isEqualTo(201);
            String id = WebClient.tree(started).path("id").asText();
            HttpResponse<String> accepted = to.post("/api/calls/" + id + "/accept");
            assertThat(accepted.statusCode()).isEqualTo(200);
            return WebClient.tree(accepted);
        }
    }

    private JsonNode read(String user, JsonNode call) throws Exception {
        return WebClient.tree(WebClient.basic(port, user, PASSWORD).get("/api/calls/" + call.path("id").asText()));
    }

    private HttpResponse<String> jaas(byte[] body, String secret) throws Exception {
        return WebClient.browser(port).raw("/api/calls/webhooks/jaas", body, "X-Jaas-Signature",
                MediaServer.sign(secret, clock.instant(), body));
    }

    private HttpResponse<String> eventSync(String path, byte[] body, String secret) throws Exception {
        return WebClient.browser(port).raw("/api/calls/webhooks/jitsi/events" + path, body,
                MediaServer.EVENT_SYNC_HEADER, secret);
    }

    private static boolean inRoom(JsonNode call, String userId) {
        for (JsonNode p : call.path("participants")) {
            if (p.path("userId").asText().equals(userId)) {
                return p.path("inRoom").asBoolean();
            }
        }
        throw new AssertionError("no participant " + userId + " in " + call);
    }
}
