package dev.calls.push.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.UserRef;
import dev.calls.push.mobile.testing.MockApns;
import dev.calls.spi.Device;
import dev.calls.spi.PushMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against Pushy's MockApnsServer, which checks the token authentication, the topics and the headers. */
class ApnsPushNotifierTest {
    private static final String TOPIC = "com.example.app";
    private static final String VOIP_TOKEN = "a".repeat(32) + "0123456789abcdef0123456789abcdef";
    private static final String APNS_TOKEN = "b".repeat(32) + "0123456789abcdef0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockApns apns = new MockApns(TOPIC, TOPIC + ".voip");
    private final ApnsPushNotifier notifier = ApnsPushNotifier.builder()
            .signingKey(apns.signingKey(), MockApns.KEY_ID, MockApns.TEAM_ID).topic(TOPIC)
            .host("127.0.0.1", apns.port()).trustedCertificate(apns.certificate()).build();
    private final UserRef bob = UserRef.of("acme", "bob");
    private final Instant ringUntil = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    private final List<Device> dead = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        notifier.close();
        apns.close();
    }

    private Device device(Device.Kind kind, String token) {
        return new Device(UUID.randomUUID().toString(), bob, Device.Platform.IOS, kind, token, TOPIC, "phone",
                Instant.now());
    }

    private PushMessage message(PushMessage.Kind kind, UUID callId, String reason) {
        return new PushMessage(kind, callId, bob, new PushMessage.Caller("alice", "Alice Adams", null), true,
                ringUntil, reason, "https://meet.jit.si");
    }

    @Test
    void ringThenOneVoipPushWithTheVocabularyExpiringWithTheRing() throws Exception {
        apns.register(TOPIC + ".voip", VOIP_TOKEN);
        UUID callId = UUID.randomUUID();

        notifier.send(message(PushMessage.Kind.RING, callId, null), List.of(device(Device.Kind.VOIP, VOIP_TOKEN)),
                dead::add);

        MockApns.Push push = apns.await(p -> p.token().equals(VOIP_TOKEN), "the VoIP ring");
        assertThat(push.rejection()).isNull();
        assertThat(push.header("apns-push-type")).isEqualTo("voip");
        assertThat(push.header("apns-topic")).isEqualTo(TOPIC + ".voip");
        assertThat(push.header("apns-priority")).isEqualTo("10");
        assertThat(push.header("apns-collapse-id")).isEqualTo(callId.toString());
        assertThat(push.header("apns-expiration")).isEqualTo(String.valueOf(ringUntil.getEpochSecond()));
        JsonNode body = JSON.readTree(push.payload());
        assertThat(body.path("v").asInt()).isEqualTo(1);
        assertThat(body.path("kind").asText()).isEqualTo("ring");
        assertThat(body.path("callId").asText()).isEqualTo(callId.toString());
        assertThat(body.path("caller").path("name").asText()).isEqualTo("Alice Adams");
        assertThat(body.path("ringUntil").asLong()).isEqualTo(ringUntil.toEpochMilli());
        assertThat(body.has("aps")).isFalse();
        awaitSettled();
        assertThat(notifier.counters().sent()).isEqualTo(1);
    }

    @Test
    void cancelThenABackgroundPushOnTheAppTopicNeverVoip() throws Exception {
        apns.register(TOPIC, VOIP_TOKEN);
        UUID callId = UUID.randomUUID();

        notifier.send(message(PushMessage.Kind.CANCEL, callId, "answered_elsewhere"),
                List.of(device(Device.Kind.VOIP, VOIP_TOKEN)), dead::add);

        MockApns.Push push = apns.await(p -> p.token().equals(VOIP_TOKEN), "the cancel");
        assertThat(push.rejection()).isNull();
        assertThat(push.header("apns-push-type")).isEqualTo("background");
        assertThat(push.header("apns-topic")).isEqualTo(TOPIC);
        assertThat(push.header("apns-priority")).isEqualTo("5");
        assertThat(push.header("apns-collapse-id")).isEqualTo(callId.toString());
        JsonNode body = JSON.readTree(push.payload());
        assertThat(body.path("aps").path("content-available").asInt()).isEqualTo(1);
        assertThat(body.path("kind").asText()).isEqualTo("cancel");
        assertThat(body.path("reason").asText()).isEqualTo("answered_elsewhere");
    }

    @Test
    void missedThenAnAlertToTheApnsDeviceOnly() throws Exception {
        apns.register(TOPIC, APNS_TOKEN);

        notifier.send(message(PushMessage.Kind.MISSED, UUID.randomUUID(), "missed"),
                List.of(device(Device.Kind.VOIP, VOIP_TOKEN), device(Device.Kind.APNS, APNS_TOKEN)), dead::add);

        MockApns.Push push = apns.await(p -> p.token().equals(APNS_TOKEN), "the missed call");
        assertThat(push.header("apns-push-type")).isEqualTo("alert");
        assertThat(JSON.readTree(push.payload()).path("aps").path("alert").path("title").asText()).isEqualTo("Missed call");
        awaitSettled();
        assertThat(apns.pushes()).hasSize(1);
    }

    @Test
    void ringWhenTheTokenIsUnregisteredThenReportedDeadAndCounted() {
        apns.register(TOPIC + ".voip", VOIP_TOKEN);
        apns.unregister(VOIP_TOKEN);
        Device phone = device(Device.Kind.VOIP, VOIP_TOKEN);

        notifier.send(message(PushMessage.Kind.RING, UUID.randomUUID(), null), List.of(phone), dead::add);

        awaitSettled();
        assertThat(dead).containsExactly(phone);
        assertThat(notifier.counters().pruned()).isEqualTo(1);
    }

    @Test
    void ringWhenTheTokenIsMalformedThenBadDeviceTokenPrunes() {
        Device phone = device(Device.Kind.VOIP, "not-a-hex-token");

        notifier.send(message(PushMessage.Kind.RING, UUID.randomUUID(), null), List.of(phone), dead::add);

        awaitSettled();
        assertThat(apns.pushes()).singleElement().extracting(MockApns.Push::rejection).isEqualTo("BAD_DEVICE_TOKEN");
        assertThat(dead).containsExactly(phone);
    }

    @Test
    void ringWhenTheDeviceIsFcmThenNothingSent() {
        notifier.send(message(PushMessage.Kind.RING, UUID.randomUUID(), null),
                List.of(new Device("d", bob, Device.Platform.ANDROID, Device.Kind.FCM, "fcm-token-1", TOPIC, null,
                        Instant.now())), dead::add);

        awaitSettled();
        assertThat(apns.pushes()).isEmpty();
        assertThat(notifier.counters().sent()).isZero();
    }

    @Test
    void toStringThenNoKeyMaterial() {
        assertThat(notifier.toString()).contains("topic " + TOPIC).doesNotContain("PRIVATE");
    }

    private void awaitSettled() {
        long end = System.nanoTime() + 20_000_000_000L;
        while (notifier.pending() > 0 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(notifier.pending()).isZero();
    }
}
