package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.push.mobile.testing.MockApns;
import dev.calls.push.mobile.testing.StandInFcm;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
 * The phone flow through the Spring Boot example, configured by {@code calls.push.*} properties only: devices
 * registered over HTTP, a VoIP push and an FCM message on a ring, cancels when the call is answered on the web,
 * missed when nobody answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhonesBootTest {
    private static final String PASSWORD = DemoData.PASSWORD;
    private static final String TOPIC = "com.example.crm";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MockApns APNS = new MockApns(TOPIC, TOPIC + ".voip");
    private static final StandInFcm FCM = new StandInFcm();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    PushBanner banner;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("calls.push.apns.key", APNS::signingKey);
        registry.add("calls.push.apns.key-id", () -> MockApns.KEY_ID);
        registry.add("calls.push.apns.team-id", () -> MockApns.TEAM_ID);
        registry.add("calls.push.apns.topic", () -> TOPIC);
        registry.add("calls.push.apns.host", () -> "127.0.0.1");
        registry.add("calls.push.apns.port", APNS::port);
        registry.add("calls.push.apns.trusted-certificate", APNS::certificate);
        registry.add("calls.push.fcm.service-account", FCM::serviceAccountJson);
        registry.add("calls.push.fcm.project-id", () -> StandInFcm.PROJECT);
        registry.add("calls.push.fcm.endpoint", FCM::endpoint);
        registry.add("calls.sweep-interval", () -> "100ms");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @AfterAll
    static void stop() {
        APNS.close();
        FCM.close();
    }

    /** {@code callee} registers an iPhone (VoIP) and an Android phone; returns the iPhone's token. */
    private String phones(String callee) throws Exception {
        String iphone = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        APNS.register(TOPIC + ".voip", iphone);
        APNS.register(TOPIC, iphone);
        WebClient phone = WebClient.basic(port, callee, PASSWORD);
        HttpResponse<String> ios = phone.json("POST", "/api/calls/devices", Map.of("platform", "ios", "kind", "voip",
                "token", iphone, "appId", TOPIC, "name", "iPhone"));
        HttpResponse<String> android = phone.json("POST", "/api/calls/devices", Map.of("platform", "android",
                "kind", "fcm", "token", "fcm-token:" + callee + "-pixel", "appId", TOPIC));
        assertThat(ios.statusCode()).as(ios.body()).isEqualTo(200);
        assertThat(android.statusCode()).as(android.body()).isEqualTo(200);
        assertThat(ios.body()).doesNotContain(iphone);
        return iphone;
    }

    private String call(String caller, String callee) throws Exception {
        HttpResponse<String> started = WebClient.basic(port, caller, PASSWORD).json("POST", "/api/calls",
                Map.of("recipientIds", List.of(callee), "type", "video"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return WebClient.tree(started).path("id").asText();
    }

    private static JsonNode apns(String token, String callId, String kind) throws Exception {
        return JSON.readTree(APNS.await(p -> p.token().equals(token) && p.payload().contains(callId)
                && p.payload().contains("\"kind\":\"" + kind + "\""), kind).payload());
    }

    private static StandInFcm.Message fcm(String callId, String kind) {
        return FCM.await(m -> m.data().path("callId").asText().equals(callId)
                && m.data().path("kind").asText().equals(kind), kind);
    }

    @Test
    void ringThenBothPhonesRingAndAnAnswerOnTheWebCancelsBoth() throws Exception {
        String iphone = phones("calluser2");
        String id = call("calluser1", "calluser2");

        MockApns.Push voip = APNS.await(p -> p.token().equals(iphone) && p.payload().contains(id), "VoIP ring");
        assertThat(voip.header("apns-push-type")).isEqualTo("voip");
        assertThat(voip.header("apns-topic")).isEqualTo(TOPIC + ".voip");
        JsonNode ring = JSON.readTree(voip.payload());
        assertThat(ring.path("kind").asText()).isEqualTo("ring");
        assertThat(voip.header("apns-expiration")).isEqualTo(String.valueOf(ring.path("ringUntil").asLong() / 1000));
        StandInFcm.Message android = fcm(id, "ring");
        assertThat(android.token()).isEqualTo("fcm-token:calluser2-pixel");
        assertThat(android.message().path("android").path("priority").asText()).isEqualTo("HIGH");

        HttpResponse<String> accepted = WebClient.basic(port, "calluser2", PASSWORD)
                .json("POST", "/api/calls/" + id + "/accept", Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        assertThat(apns(iphone, id, "cancel").path("reason").asText()).isEqualTo("answered_elsewhere");
        assertThat(fcm(id, "cancel").data().path("reason").asText()).isEqualTo("answered_elsewhere");
    }

    @Test
    void ringWhenNobodyAnswersThenBothPhonesGetMissed() throws Exception {
        String iphone = phones("calluser6");
        String id = call("calluser5", "calluser6");
        fcm(id, "ring");

        clock.advance(Duration.ofSeconds(31));

        assertThat(apns(iphone, id, "missed").path("reason").asText()).isEqualTo("missed");
        assertThat(fcm(id, "missed").data().path("reason").asText()).isEqualTo("missed");
    }

    @Test
    void startUpThenOneLineNamesBothAdapters() {
        assertThat(banner.line()).startsWith("push adapters: APNs(127.0.0.1:" + APNS.port()).contains("FCM(");
    }
}
