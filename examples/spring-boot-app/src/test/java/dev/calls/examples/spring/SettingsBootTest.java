package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.calls.push.HttpPushNotifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the other {@code calls.*} properties turn on, each seen over HTTP through Spring Boot: push
 * ({@code calls.push.*}), link base ({@code calls.public-base-url}), meeting rules ({@code calls.meetings.*}),
 * stream limit ({@code calls.servlet.max-streams-per-user}), group size, call waiting ({@code calls.busy-policy})
 * and the stream gauge of the metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SettingsBootTest {
    private static final String PASSWORD = DemoData.PASSWORD;
    private static final BlockingQueue<String> PUSHED = new LinkedBlockingQueue<>();
    private static final HttpServer PUSH = pushEndpoint();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("calls.push.url", () -> "http://127.0.0.1:" + PUSH.getAddress().getPort() + "/push");
        registry.add("calls.push.secret", () -> "push-secret-0123456789abcdef");
        registry.add("calls.public-base-url", () -> "https://crm.example.com/");
        registry.add("calls.meetings.max-title-length", () -> "12");
        registry.add("calls.servlet.max-streams-per-user", () -> "1");
        registry.add("calls.max-group-size", () -> "2");
        registry.add("calls.busy-policy", () -> "wait");
    }

    private static HttpServer pushEndpoint() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/push", exchange -> {
                String signature = exchange.getRequestHeaders().getFirst(HttpPushNotifier.SIGNATURE_HEADER);
                PUSHED.add(signature + " " + new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopPush() {
        PUSH.stop(0);
    }

    @Test
    void pushConfiguredThenAnOfflineUserIsRungThroughTheEndpoint() throws Exception {
        HttpResponse<String> started = WebClient.basic(port, "calluser1", PASSWORD).json("POST", "/api/calls",
                Map.of("recipientIds", List.of("calluser2"), "type", "audio"));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = WebClient.tree(started).path("id").asText();
        String pushed = PUSHED.poll(10, TimeUnit.SECONDS);
        while (pushed != null && !pushed.contains(id)) {
            pushed = PUSHED.poll(10, TimeUnit.SECONDS);
        }
        assertThat(pushed).isNotNull().startsWith("t=").contains(id).contains("calluser2");
    }

    @Test
    void publicBaseUrlThenMeetingLinksUseIt() throws Exception {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> meeting = WebClient.basic(port, "calluser3", PASSWORD).json("POST", "/api/calls/meetings",
                Map.of("title", "Review", "startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString(),
                        "inviteeIds", List.of("calluser4")));

        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        assertThat(WebClient.tree(meeting).path("joinUrl").asText())
                .startsWith("https://crm.example.com/api/calls/embed/meetings/");
    }

    @Test
    void meetingTitleLongerThanTheSettingThenRefused() throws Exception {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> meeting = WebClient.basic(port, "calluser5", PASSWORD).json("POST", "/api/calls/meetings",
                Map.of("title", "Quarterly business review", "startsAt", start.toString(),
                        "endsAt", start.plusSeconds(3600).toString(), "inviteeIds", List.of("calluser6")));

        assertThat(meeting.statusCode()).isEqualTo(400);
    }

    @Test
    void moreRecipientsThanMaxGroupSizeThenRefused() throws Exception {
        HttpResponse<String> started = WebClient.basic(port, "calluser7", PASSWORD).json("POST", "/api/calls",
                Map.of("recipientIds", List.of("calluser8", "calluser9", "calluser10"), "type", "audio"));

        assertThat(started.statusCode()).isEqualTo(400);
        assertThat(WebClient.tree(started).path("code").asText()).isNotBlank();
    }

    @Test
    void secondStreamBeyondMaxStreamsPerUserThenTheFirstIsClosedAndTheGaugeCountsOne() throws Exception {
        WebClient user = WebClient.basic(port, "testuser6", PASSWORD);
        try (SseStream first = user.events()) {
            // the first stream is registered before the second is opened, so it is the older one
            assertThat(first.response().statusCode()).isEqualTo(200);
            try (SseStream second = user.events()) {
                assertThat(second.response().statusCode()).isEqualTo(200);
                assertThat(first.endsWithin(10)).as("the older stream was closed").isTrue();
                JsonNode gauge = WebClient.tree(user.get("/actuator/metrics/calls.streams.open"));
                assertThat(gauge.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void busyPolicyWaitThenAUserInACallIsRungAndAnswersByLeavingTheCurrentCall() throws Exception {
        WebClient testuser3 = WebClient.basic(port, "testuser3", PASSWORD);
        WebClient testuser4 = WebClient.basic(port, "testuser4", PASSWORD);
        WebClient testuser5 = WebClient.basic(port, "testuser5", PASSWORD);
        String first = id(testuser3.json("POST", "/api/calls", Map.of("recipientIds", List.of("testuser4"),
                "type", "audio")));
        assertThat(testuser4.json("POST", "/api/calls/" + first + "/accept", Map.of()).statusCode()).isEqualTo(200);

        HttpResponse<String> waiting = testuser5.json("POST", "/api/calls", Map.of("recipientIds",
                List.of("testuser4"), "type", "video"));
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(201);
        String second = id(waiting);
        HttpResponse<String> refused = testuser4.json("POST", "/api/calls/" + second + "/accept", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("already_in_call");

        HttpResponse<String> answered = testuser4.json("POST", "/api/calls/" + second + "/accept",
                Map.of("leaveCurrent", true));

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"state\":\"active\"");
        assertThat(testuser3.get("/api/calls/" + first).body()).contains("\"state\":\"completed\"");
    }

    private static String id(HttpResponse<String> created) throws IOException {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asText();
    }
}
