package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.FlakyCallStore;
import dev.calls.servlet.support.FlakyCallStore.Mode;
import dev.calls.servlet.support.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every stable error code, as an RFC 9457 problem with the right status. */
class ProblemResponsesTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";
    static final String CAROL = "acme/carol";
    static final String TO_BOB = "{\"recipientIds\":[\"bob\"]}";

    private final FlakyCallStore store = new FlakyCallStore();
    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer(b -> b.callStore(store).startsPerMinute(5)
                .callPolicy((caller, callee, type) -> !callee.userId().equals("erin")), o -> o, "", c -> { });
        api = server.api;
        server.engine.online("alice", "bob", "carol", "erin");
    }

    @AfterEach
    void stop() {
        store.mode(Mode.WORKING);
        server.close();
    }

    private static JsonNode problem(Res r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isEqualTo("urn:calls:problem:" + code);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("instance").asText()).startsWith("/api/calls");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return p;
    }

    private String ringingCall() {
        Res r = api.post(ALICE, "", TO_BOB);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void noCallerThenUnauthenticated() {
        JsonNode p = problem(api.get(null, "/active"), 401, "unauthenticated");
        assertThat(p.get("instance").asText()).isEqualTo("/api/calls/active");
    }

    @Test
    void postWithoutJsonTypeOrRequestedWithHeaderThenForbidden() {
        problem(api.raw("POST", "", ALICE, TO_BOB.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain"),
                403, "forbidden");
        problem(api.raw("POST", "/presence/heartbeat", ALICE, null), 403, "forbidden");
        assertThat(server.engine.calls.events().lastSequence()).isEqualTo(store.lastSequence());
    }

    @Test
    void inviteeCancelsThenForbidden() {
        String id = ringingCall();
        problem(api.post(BOB, "/" + id + "/cancel", null), 403, "forbidden");
    }

    @Test
    void unknownCallOrMalformedIdOrUnknownPathThenNotFound() {
        problem(api.get(ALICE, "/" + UUID.randomUUID()), 404, "not_found");
        problem(api.get(ALICE, "/not-a-call-id"), 404, "not_found");
        problem(api.get(ALICE, "/" + UUID.randomUUID() + "/nothing-here"), 404, "not_found");
        problem(api.get(ALICE, "/active/"), 404, "not_found");
    }

    @Test
    void missingRecipientsThenInvalidRequest() {
        JsonNode p = problem(api.post(ALICE, "", "{}"), 400, "invalid_request");
        assertThat(p.get("detail").asText()).contains("recipientIds");
        problem(api.post(ALICE, "", "{\"recipientIds\":[\"alice\"]}"), 400, "invalid_request");
        problem(api.get(ALICE, "/history?limit=0"), 400, "invalid_request");
    }

    @Test
    void bodyOverSixtyFourKibThenPayloadTooLarge() {
        String big = "{\"recipientIds\":[\"bob\"],\"pad\":\"" + "x".repeat(70_000) + "\"}";
        Res tooBig = api.post(ALICE, "", big);
        problem(tooBig, 413, "payload_too_large");
        assertThat(tooBig.headers().firstValue("connection")).as("the unread body ends the connection")
                .hasValue("close");
        assertThat(api.get(ALICE, "/active").status()).as("the next request gets a fresh connection").isEqualTo(200);
        HttpRequest.Builder chunked = api.request(ALICE, "").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
        problem(api.send(chunked), 413, "payload_too_large");
        assertThat(server.engine.calls.activeCalls(dev.calls.UserRef.of("acme", "alice"))).isEmpty();
    }

    @Test
    void formBodyWithRequestedWithHeaderThenUnsupportedMediaType() {
        problem(api.raw("POST", "", ALICE, "recipient_id=bob".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "X-Requested-With", "test"),
                415, "unsupported_media_type");
    }

    @Test
    void acceptCancelledCallThenInvalidTransition() {
        String id = ringingCall();
        api.post(ALICE, "/" + id + "/cancel", null);
        problem(api.post(BOB, "/" + id + "/accept", null), 409, "invalid_transition");
    }

    @Test
    void calleeOfflineThenRecipientOffline() {
        problem(api.post(ALICE, "", "{\"recipientIds\":[\"dave\"]}"), 409, "recipient_offline");
    }

    @Test
    void calleeInAnotherCallThenRecipientBusy() {
        String id = ringingCall();
        api.post(BOB, "/" + id + "/accept", null);
        problem(api.post(CAROL, "", TO_BOB), 409, "recipient_busy");
    }

    @Test
    void calleeNotAvailableThenRecipientUnavailable() {
        api.put(BOB, "/presence/me", "{\"available\":false}");
        problem(api.post(ALICE, "", TO_BOB), 409, "recipient_unavailable");
    }

    @Test
    void policyRefusesThenNotPermitted() {
        problem(api.post(ALICE, "", "{\"recipientIds\":[\"erin\"]}"), 403, "not_permitted");
    }

    @Test
    void tooManyStartsThenRateLimitedWithRetryAfter() {
        Res last = null;
        for (int i = 0; i < 6; i++) {
            last = api.post(ALICE, "", "{\"recipientIds\":[\"dave\"]}");
        }
        JsonNode p = problem(last, 429, "rate_limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(p.get("retryAfter").asLong()).isEqualTo(Long.parseLong(last.header("Retry-After")));
    }

    @Test
    void writesAlwaysLoseTheRaceThenConcurrentModification() {
        String id = ringingCall();
        store.mode(Mode.ALWAYS_CONFLICTS);
        problem(api.post(BOB, "/" + id + "/accept", null), 409, "concurrent_modification");
    }

    @Test
    void storeUnreachableThenStorageUnavailableWithoutItsMessage() {
        String id = ringingCall();
        store.mode(Mode.UNREACHABLE);
        Res r = api.get(ALICE, "/" + id);
        problem(r, 503, "storage_unavailable");
        assertThat(r.header("Retry-After")).isNotNull();
        assertThat(r.body()).doesNotContain("db-7").doesNotContain("calls_admin");
    }

    @Test
    void unexpectedFailureThenInternalErrorWithoutDetails() {
        String id = ringingCall();
        store.mode(Mode.BROKEN);
        Res r = api.get(ALICE, "/" + id);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("code").asText()).isEqualTo("internal_error");
        assertThat(r.body()).doesNotContain("calls_v2").doesNotContain("IllegalState");
    }

    @Test
    void wrongMethodThenMethodNotAllowedWithAllow() {
        Res r = api.raw("DELETE", "/active", ALICE, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.json().get("code").asText()).isEqualTo("method_not_allowed");
        assertThat(r.header("Allow")).isEqualTo("GET");
        assertThat(api.raw("PATCH", "/presence/me", ALICE, null).header("Allow")).isEqualTo("GET, PUT");
    }
}
