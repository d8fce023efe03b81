package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.calls.push.HttpPushNotifier;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import dev.calls.webhook.WebhookSignature;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook secrets, push and the public base URL from the example's settings, exercised over HTTP. */
class MediaServerSettingsTest {
    static final String JAAS_SECRET = "whsec-example-0123456789";
    static final String SYNC_SECRET = "Bearer sync-example-0123456789";
    static final String PUSH_SECRET = "push-secret-0123456789";

    private final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    private RunningApp app;
    private HttpServer pushEndpoint;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (pushEndpoint != null) {
            pushEndpoint.stop(0);
        }
    }

    private RunningApp start(Map<String, String> settings) throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(dev.calls.examples.servlet.TestSettings.of(settings))
                .engine(b -> b.clock(clock).scheduler(new ManualScheduler(clock))));
        return app;
    }

    /** testuser4 calls calluser8, who answers; returns the call. */
    private JsonNode answeredCall() {
        Browser caller = Browser.basic(app, "testuser4");
        Browser callee = Browser.basic(app, "calluser8");
        caller.postJson("/api/calls/presence/heartbeat", "{}");
        callee.postJson("/api/calls/presence/heartbeat", "{}");
        JsonNode call = caller.json(caller.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"]}"));
        return callee.json(callee.postJson("/api/calls/" + call.get("id").asText() + "/accept", "{}"));
    }

    private boolean inRoom(String callId, String user) {
        Browser b = Browser.basic(app, "testuser4");
        for (JsonNode p : b.json(b.get("/api/calls/" + callId)).get("participants")) {
            if (p.get("userId").asText().equals(user)) {
                return p.get("inRoom").asBoolean();
            }
        }
        throw new AssertionError(user);
    }

    private static String sign(String secret, long t, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void jaasSecretSetThenSignedWebhookReachesTheCallWithoutASession() throws Exception {
        start(Map.of("calls.webhooks.jaas-secret", JAAS_SECRET));
        JsonNode call = answeredCall();
        byte[] body = ("{\"idempotencyKey\":\"e1\",\"eventType\":\"PARTICIPANT_JOINED\",\"timestamp\":"
                + clock.millis() + ",\"fqn\":\"vpaas-magic-cookie-x/" + call.get("room").asText()
                + "\",\"data\":{\"id\":\"calluser8\"}}").getBytes(StandardCharsets.UTF_8);
        Browser mediaServer = Browser.anonymous(app);

        HttpResponse<String> r = mediaServer.send("POST", "/api/calls/webhooks/jaas",
                HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "application/json",
                "X-Jaas-Signature", sign(JAAS_SECRET, clock.instant().getEpochSecond(), body));
        HttpResponse<String> forged = mediaServer.send("POST", "/api/calls/webhooks/jaas",
                HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "application/json",
                "X-Jaas-Signature", sign("another-secret-entirely", clock.instant().getEpochSecond(), body));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"result\":\"applied\"");
        assertThat(inRoom(call.get("id").asText(), "calluser8")).isTrue();
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ServletApp.banner(app)).contains("/api/calls/webhooks/jaas");
    }

    @Test
    void jaasWebhookRetriedToAnotherNodeOnTheSameDatabaseThenRecognisedAsADuplicate() throws Exception {
        String db = "jdbc:h2:mem:hooks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        start(Map.of("calls.webhooks.jaas-secret", JAAS_SECRET, "calls.datasource.url", db));
        JsonNode call = answeredCall();
        byte[] body = ("{\"idempotencyKey\":\"retried-1\",\"eventType\":\"PARTICIPANT_JOINED\",\"timestamp\":"
                + clock.millis() + ",\"fqn\":\"vpaas-magic-cookie-x/" + call.get("room").asText()
                + "\",\"data\":{\"id\":\"calluser8\"}}").getBytes(StandardCharsets.UTF_8);
        String signature = sign(JAAS_SECRET, clock.instant().getEpochSecond(), body);
        try (RunningApp other = ServletApp.start(AppOptions.defaults().port(0)
                .settings(dev.calls.examples.servlet.TestSettings.of(Map.of(
                        "calls.webhooks.jaas-secret", JAAS_SECRET, "calls.datasource.url", db)))
                .engine(b -> b.clock(clock).scheduler(new ManualScheduler(clock))))) {
            HttpResponse<String> first = Browser.anonymous(app).send("POST", "/api/calls/webhooks/jaas",
                    HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "application/json",
                    "X-Jaas-Signature", signature);
            HttpResponse<String> retry = Browser.anonymous(other).send("POST", "/api/calls/webhooks/jaas",
                    HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "application/json",
                    "X-Jaas-Signature", signature);

            assertThat(first.body()).contains("\"result\":\"applied\"");
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            assertThat(retry.body()).contains("\"result\":\"duplicate\"");
        }
    }

    @Test
    void jitsiSecretSetThenEventSyncWithBearerHeaderReachesTheCall() throws Exception {
        start(Map.of("calls.webhooks.jitsi-secret", SYNC_SECRET));
        JsonNode call = answeredCall();
        byte[] body = ("{\"event_name\":\"muc-occupant-joined\",\"room_name\":\"" + call.get("room").asText()
                + "\",\"occupant\":{\"id\":\"testuser4\",\"joined_at\":" + clock.instant().getEpochSecond() + "}}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> r = Browser.anonymous(app).send("POST", "/api/calls/webhooks/jitsi/events/occupant/joined",
                HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", "application/json",
                "Authorization", SYNC_SECRET);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(inRoom(call.get("id").asText(), "testuser4")).isTrue();
    }

    @Test
    void noWebhookSecretsThenWebhookPathsNotFound() throws Exception {
        start(Map.of());

        HttpResponse<String> r = Browser.anonymous(app).send("POST", "/api/calls/webhooks/jaas",
                HttpRequest.BodyPublishers.ofString("{}"), "Content-Type", "application/json");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("\"code\":\"not_found\"");
    }

    @Test
    void publicBaseUrlSetThenMeetingLinksUseIt() throws Exception {
        start(Map.of("calls.public-base-url", "https://calls.example.com"));
        Browser host = Browser.basic(app, "testuser4");

        JsonNode m = host.json(host.postJson("/api/calls/meetings", "{\"title\":\"Review\",\"startsAt\":"
                + "\"2026-03-02T12:00:00Z\",\"endsAt\":\"2026-03-02T13:00:00Z\",\"inviteeIds\":[\"calluser8\"]}"));

        assertThat(m.get("joinUrl").asText()).isEqualTo("https://calls.example.com/api/calls/embed/meetings/"
                + m.get("id").asText());
    }

    @Test
    void pushSetThenOfflineUserRungThroughASignedPost() throws Exception {
        BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        pushEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pushEndpoint.createContext("/push", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new String[] {exchange.getRequestHeaders().getFirst(HttpPushNotifier.SIGNATURE_HEADER),
                    new String(body, StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        pushEndpoint.start();
        start(Map.of("calls.push.url", "http://127.0.0.1:" + pushEndpoint.getAddress().getPort() + "/push",
                "calls.push.secret", PUSH_SECRET));
        Browser caller = Browser.basic(app, "testuser4");
        caller.postJson("/api/calls/presence/heartbeat", "{}");

        HttpResponse<String> r = caller.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
        String[] push = received.poll(10, TimeUnit.SECONDS);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(push).as("a push message arrived").isNotNull();
        assertThat(push[1]).contains("calluser8").contains(caller.json(r).get("id").asText());
        new WebhookSignature(PUSH_SECRET, Duration.ofMinutes(5))
                .verify(push[1].getBytes(StandardCharsets.UTF_8), push[0], Instant.now());
    }

    @Test
    void withoutPushThenOfflineUserIsRefused() throws Exception {
        start(Map.of());
        Browser caller = Browser.basic(app, "testuser4");
        caller.postJson("/api/calls/presence/heartbeat", "{}");

        HttpResponse<String> r = caller.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"]}");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("recipient_offline");
    }

    @Test
    void badSettingsThenStartFailsNamingTheProperty() {
        Map<String, String> cases = new HashMap<>();
        cases.put("calls.push.url", "http://127.0.0.1:1/push");
        assertFailsNaming(cases, "calls.push.secret");
        assertFailsNaming(Map.of("calls.push.secret", PUSH_SECRET), "calls.push.url");
        assertFailsNaming(Map.of("calls.push.url", "ftp://x/push", "calls.push.secret", PUSH_SECRET), "calls.push.url");
        assertFailsNaming(Map.of("calls.push.url", "http://127.0.0.1:1/push", "calls.push.secret", "short"),
                "calls.push.secret");
        assertFailsNaming(Map.of("calls.webhooks.jitsi-secret", "short"), "calls.webhooks.jitsi-secret");
        assertFailsNaming(Map.of("calls.webhooks.jaas-secret", JAAS_SECRET, "calls.webhooks.tolerance", "a while"),
                "calls.webhooks.tolerance");
        assertFailsNaming(Map.of("calls.public-base-url", "not a url"), "calls.public-base-url");
    }

    private void assertFailsNaming(Map<String, String> settings, String property) {
        assertThatThrownBy(() -> start(settings)).as(settings.toString())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(property)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PUSH_SECRET).doesNotContain("short"));
        app = null;
    }
}
