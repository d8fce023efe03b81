package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.push.mobile.testing.MockApns;
import dev.calls.push.mobile.testing.StandInFcm;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phones ring like phones, end to end over HTTP: bob registers an iPhone (VoIP) and an Android phone, and the
 * example reaches them through Pushy's MockApnsServer and a local FCM stand-in, configured with the
 * {@code calls.push.*} settings only.
 */
class PhonesTest {
    static final String TOPIC = "com.example.app";
    static final String IPHONE = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String PIXEL = "fcm-token:bob-pixel-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockApns apns = new MockApns(TOPIC, TOPIC + ".voip");
    private final StandInFcm fcm = new StandInFcm();
    private final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    private final ManualScheduler timers = new ManualScheduler(clock);
    private RunningApp app;
    private Browser alice;
    private Browser bob;

    /** The {@code calls.push.*} settings for both stand-ins, every secret given inline. */
    static Map<String, String> pushSettings(MockApns apns, StandInFcm fcm) {
        Map<String, String> s = new HashMap<>();
        s.put("calls.push.apns.key", apns.signingKey());
        s.put("calls.push.apns.key-id", MockApns.KEY_ID);
        s.put("calls.push.apns.team-id", MockApns.TEAM_ID);
        s.put("calls.push.apns.topic", TOPIC);
        s.put("calls.push.apns.host", "127.0.0.1");
        s.put("calls.push.apns.port", String.valueOf(apns.port()));
        s.put("calls.push.apns.trusted-certificate", apns.certificate());
        s.put("calls.push.fcm.service-account", fcm.serviceAccountJson());
        s.put("calls.push.fcm.project-id", StandInFcm.PROJECT);
        s.put("calls.push.fcm.endpoint", fcm.endpoint());
        return s;
    }

    @BeforeEach
    void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(pushSettings(apns, fcm)))
                .engine(b -> b.clock(clock).scheduler(timers)));
        alice = Browser.basic(app, "testuser4");
        bob = Browser.basic(app, "calluser8");
        apns.register(TOPIC + ".voip", IPHONE);
        apns.register(TOPIC, IPHONE);
        register(bob, "{\"platform\":\"ios\",\"kind\":\"voip\",\"token\":\"" + IPHONE
                + "\",\"appId\":\"com.example.app\",\"name\":\"Bob's iPhone\"}");
        register(bob, "{\"platform\":\"android\",\"kind\":\"fcm\",\"token\":\"" + PIXEL
                + "\",\"appId\":\"com.example.app\",\"name\":\"Bob's Pixel\"}");
    }

    @AfterEach
    void stop() {
        app.close();
        apns.close();
        fcm.close();
    }

    private static void register(Browser who, String body) {
        HttpResponse<String> r = who.postJson("/api/calls/devices", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(IPHONE).doesNotContain(PIXEL);
    }

    private JsonNode call() {
        HttpResponse<String> r = alice.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"],\"type\":\"video\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return alice.json(r);
    }

    /** The ring deadline: bob was invited now (the engine's clock stands still) plus the 30 s ring timeout. */
    private long ringUntil() {
        return clock.instant().plusSeconds(30).toEpochMilli();
    }

    private MockApns.Push apnsPush(String callId, String kind) {
        return apns.await(p -> p.payload().contains(callId) && p.payload().contains("\"kind\":\"" + kind + "\""),
                kind + " to the iPhone");
    }

    private StandInFcm.Message fcmMessage(String callId, String kind) {
        return fcm.await(m -> m.data().path("callId").asText().equals(callId)
                && m.data().path("kind").asText().equals(kind), kind + " to the Pixel");
    }

    @Test
    void ringThenOneVoipPushAndOneFcmMessageAndAnAnswerOnTheWebCancelsBoth() throws Exception {
        bob.postJson("/api/calls/presence/heartbeat", "{}");
        JsonNode call = call();
        String id = call.get("id").asText();
        long until = ringUntil();

        MockApns.Push voip = apnsPush(id, "ring");
        assertThat(voip.header("apns-push-type")).isEqualTo("voip");
        assertThat(voip.header("apns-topic")).isEqualTo(TOPIC + ".voip");
        assertThat(voip.header("apns-priority")).isEqualTo("10");
        assertThat(voip.header("apns-expiration")).isEqualTo(String.valueOf(until / 1000));
        assertThat(voip.header("apns-collapse-id")).isEqualTo(id);
        JsonNode payload = JSON.readTree(voip.payload());
        assertThat(payload.get("v").asInt()).isEqualTo(1);
        assertThat(payload.get("tenant").asText()).isNotBlank();
        assertThat(payload.get("caller").get("id").asText()).isEqualTo("testuser4");
        assertThat(payload.get("video").asBoolean()).isTrue();
        assertThat(payload.get("ringUntil").asLong()).isEqualTo(until);
        assertThat(payload.has("reason")).isFalse();
        assertThat(voip.payload()).doesNotContain("jwt").doesNotContain(call.get("room").asText());

        StandInFcm.Message android = fcmMessage(id, "ring");
        assertThat(android.token()).isEqualTo(PIXEL);
        assertThat(android.message().path("android").path("priority").asText()).isEqualTo("HIGH");
        assertThat(android.message().path("android").path("collapse_key").asText()).isEqualTo(id);
        long ttl = Long.parseLong(android.message().path("android").path("ttl").asText().replace("s", ""));
        long left = Duration.between(Instant.now(), Instant.ofEpochMilli(until)).toSeconds();
        assertThat(ttl).isBetween(left - 2, left + 1);
        assertThat(android.data().path("ringUntil").asText()).isEqualTo(String.valueOf(until));

        HttpResponse<String> accepted = bob.postJson("/api/calls/" + id + "/accept", "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        MockApns.Push cancel = apnsPush(id, "cancel");
        assertThat(cancel.header("apns-push-type")).isEqualTo("background");
        assertThat(cancel.header("apns-topic")).isEqualTo(TOPIC);
        assertThat(cancel.header("apns-collapse-id")).isEqualTo(id);
        assertThat(JSON.readTree(cancel.payload()).get("reason").asText()).isEqualTo("answered_elsewhere");
        assertThat(fcmMessage(id, "cancel").data().path("reason").asText()).isEqualTo("answered_elsewhere");
        assertThat(apns.pushes()).filteredOn(p -> p.payload().contains(id)).hasSize(2);
    }

    @Test
    void ringWhenNobodyAnswersThenBothPhonesGetMissed() throws Exception {
        String id = call().get("id").asText();
        apnsPush(id, "ring");
        fcmMessage(id, "ring");

        timers.advance(Duration.ofSeconds(30));

        MockApns.Push missed = apnsPush(id, "missed");
        assertThat(missed.header("apns-push-type")).isEqualTo("alert");
        assertThat(missed.header("apns-topic")).isEqualTo(TOPIC);
        assertThat(JSON.readTree(missed.payload()).get("reason").asText()).isEqualTo("missed");
        assertThat(fcmMessage(id, "missed").data().path("reason").asText()).isEqualTo("missed");
    }

    @Test
    void ringWhenThePushServicesReportTheTokensDeadThenBobsDevicesArePruned() {
        apns.unregister(IPHONE);
        fcm.unregister(PIXEL);

        call();

        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode devices = bob.json(bob.get("/api/calls/devices")).get("items");
        while (devices.size() > 0 && System.nanoTime() < end) {
            Thread.onSpinWait();
            devices = bob.json(bob.get("/api/calls/devices")).get("items");
        }
        assertThat(devices).isEmpty();
        assertThat(app.mobilePush().apns().counters().pruned()).isEqualTo(1);
        assertThat(app.mobilePush().fcm().counters().pruned()).isEqualTo(1);
    }

    @Test
    void ringWhenBobIsInDoNotDisturbThenNothingIsPushedToHisPhones() {
        HttpResponse<String> dnd = bob.send("PUT", "/api/calls/presence/me",
                HttpRequest.BodyPublishers.ofString("{\"doNotDisturb\":true}"), "Content-Type", "application/json");
        assertThat(dnd.statusCode()).as(dnd.body()).isEqualTo(200);
        Browser carol = Browser.basic(app, "calluser4");
        register(carol, "{\"platform\":\"android\",\"kind\":\"fcm\",\"token\":\"fcm-token:carol-0001\","
                + "\"appId\":\"com.example.app\"}");

        HttpResponse<String> refused = alice.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        String carolsCall = alice.json(alice.postJson("/api/calls", "{\"recipientIds\":[\"calluser4\"]}"))
                .get("id").asText();
        fcmMessage(carolsCall, "ring");

        assertThat(fcm.messages()).extracting(StandInFcm.Message::token).containsExactly("fcm-token:carol-0001");
        assertThat(apns.pushes()).isEmpty();
    }

    @Test
    void startUpThenTheBannerNamesBothAdapters() {
        assertThat(ServletApp.banner(app)).contains("Phones: push adapters: APNs(127.0.0.1:" + apns.port())
                .contains("FCM(http://127.0.0.1").doesNotContain("PRIVATE KEY");
    }
}
