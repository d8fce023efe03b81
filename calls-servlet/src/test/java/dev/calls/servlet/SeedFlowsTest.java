package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.SseClient;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flows the seeds spell out, end to end through the HTTP API. */
class SeedFlowsTest {
    static final String TESTUSER4 = "test-org/testuser4";
    static final String CALLUSER8 = "test-org/calluser8";

    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.engine.users.add("test-org", "testuser4", "Test User 4").add("test-org", "calluser8", "Test User 8");
        api = server.api;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Seed 000, "Testing Workflow": log in, go online, start, answer, end; the call has a duration. */
    @Test
    void seedZeroTestingWorkflowThenCompletedCallWithDuration() {
        for (String user : List.of(TESTUSER4, CALLUSER8)) {
            Res online = api.put(user, "/presence/me",
                    "{\"status\":\"online\",\"available_for_calls\":true,\"status_message\":\"Available\"}");
            assertThat(online.json().get("callable").asBoolean()).isTrue();
        }
        JsonNode users = api.get(TESTUSER4, "/presence/online").json().get("items");
        assertThat(users).extracting(u -> u.get("userId").asText()).contains("calluser8");

        Res started = api.post(TESTUSER4, "", "{\"recipient_id\":\"calluser8\",\"call_type\":\"video\"}");
        String id = started.json().get("id").asText();
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("join").get("url").asText()).startsWith("https://meet.jit.si/calls-");

        Res answered = api.post(CALLUSER8, "/" + id + "/accept", null);
        assertThat(answered.json().get("state").asText()).isEqualTo("active");
        assertThat(api.get(CALLUSER8, "/" + id + "/join").json().get("url").asText())
                .isEqualTo(started.json().get("join").get("url").asText());

        server.engine.advance(Duration.ofSeconds(184));
        Res ended = api.post(CALLUSER8, "/" + id + "/end", null);

        assertThat(ended.json().get("state").asText()).isEqualTo("completed");
        assertThat(ended.json().get("durationSeconds").asLong()).isEqualTo(184);
        assertThat(api.get(TESTUSER4, "/active").json().get("items")).isEmpty();
    }

    /** Seed 004, "complete call flow": start, acknowledge, accept, media status, end with a reason, history. */
    @Test
    void seedFourCompleteCallFlowThenEventsAndHistory() {
        api.post(TESTUSER4, "/presence/heartbeat", null);
        try (SseClient callee = SseClient.open(api, CALLUSER8, "");
                SseClient caller = SseClient.open(api, TESTUSER4, "")) {
            callee.next(Duration.ofSeconds(5));
            caller.next(Duration.ofSeconds(5));

            String id = api.post(TESTUSER4, "", "{\"recipientIds\":[\"calluser8\"],\"type\":\"video\"}")
                    .json().get("id").asText();
            assertThat(callee.awaitEvent("call.ringing").json().get("callId").asText()).isEqualTo(id);

            api.post(CALLUSER8, "/" + id + "/acknowledge", null);
            assertThat(caller.awaitEvent("call.acknowledged").json().get("actor").asText()).isEqualTo("calluser8");

            api.post(CALLUSER8, "/" + id + "/accept", null);
            assertThat(caller.awaitEvent("call.accepted").json().get("call").get("state").asText()).isEqualTo("active");

            Res media = api.post(TESTUSER4, "/" + id + "/media",
                    "{\"audioMuted\":false,\"videoMuted\":true,\"connectionQuality\":\"connected\"}");
            assertThat(media.json().get("participants").get(0).get("videoMuted").asBoolean()).isTrue();
            JsonNode mediaEvent = callee.awaitEvent("participant.media").json();
            assertThat(mediaEvent.get("call").get("participants").get(0).get("videoMuted").asBoolean()).isTrue();

            server.engine.advance(Duration.ofSeconds(61));
            Res ended = api.post(TESTUSER4, "/" + id + "/end", "{\"reason\":\"user_hangup\"}");
            assertThat(ended.json().get("endReason").asText()).isEqualTo("hung_up");
            assertThat(callee.awaitEvent("call.ended").json().get("call").get("durationSeconds").asLong()).isEqualTo(61);

            JsonNode history = api.get(TESTUSER4, "/history?limit=10").json().get("items");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).get("direction").asText()).isEqualTo("outgoing");
            assertThat(history.get(0).get("outcome").asText()).isEqualTo("answered");
            assertThat(history.get(0).get("durationSeconds").asLong()).isEqualTo(61);
            assertThat(history.get(0).get("counterparts").get(0).asText()).isEqualTo("calluser8");
        }
    }
}
