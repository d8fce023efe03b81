package dev.calls.push.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.UserRef;
import dev.calls.push.mobile.testing.StandInFcm;
import dev.calls.push.mobile.testing.StandInFcm.Answer;
import dev.calls.spi.Device;
import dev.calls.spi.PushMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a local stand-in for Google's token endpoint and FCM HTTP v1. */
class FcmPushNotifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StandInFcm fcm = new StandInFcm();
    private final FcmPushNotifier notifier = FcmPushNotifier.builder().serviceAccount(fcm.serviceAccountJson())
            .projectId(StandInFcm.PROJECT).endpoint(URI.create(fcm.endpoint()))
            .retries(Duration.ofMillis(50), 4).build();
    private final UserRef bob = UserRef.of("acme", "bob");
    private final Device pixel = new Device(UUID.randomUUID().toString(), bob, Device.Platform.ANDROID,
            Device.Kind.FCM, "fcm:pixel-token-0001", "com.example.app", "Pixel", Instant.now());
    private final List<Device> dead = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        notifier.close();
        fcm.close();
    }

    private PushMessage ring(Instant until) {
        return new PushMessage(PushMessage.Kind.RING, UUID.randomUUID(), bob,
                new PushMessage.Caller("alice", "Alice Adams", "https://example.com/a.png"), false, until, null,
                "https://meet.jit.si");
    }

    @Test
    void ringThenADataOnlyHighPriorityMessageWithTheBearerAndATtlToTheRingDeadline() throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        PushMessage m = ring(until);

        notifier.send(m, List.of(pixel), dead::add);

        StandInFcm.Message got = fcm.await(x -> true, "the ring");
        assertThat(got.bearer()).startsWith("ya29.stand-in-");
        JsonNode msg = got.message();
        assertThat(msg.path("token").asText()).isEqualTo(pixel.token());
        assertThat(msg.has("notification")).isFalse();
        assertThat(msg.path("android").path("priority").asText()).isEqualTo("HIGH");
        assertThat(msg.path("android").path("collapse_key").asText()).isEqualTo(m.callId().toString());
        long ttl = Long.parseLong(msg.path("android").path("ttl").asText().replace("s", ""));
        assertThat(ttl).isBetween(25L, 30L);
        JsonNode data = got.data();
        assertThat(data.path("v").asText()).isEqualTo("1");
        assertThat(data.path("kind").asText()).isEqualTo("ring");
        assertThat(data.path("callId").asText()).isEqualTo(m.callId().toString());
        assertThat(data.path("tenant").asText()).isEqualTo("acme");
        assertThat(data.path("video").asText()).isEqualTo("false");
        assertThat(data.path("ringUntil").asText()).isEqualTo(String.valueOf(until.toEpochMilli()));
        assertThat(JSON.readTree(data.path("caller").asText()).path("avatarUrl").asText())
                .isEqualTo("https://example.com/a.png");
        assertThat(data.has("reason")).isFalse();
        data.fields().forEachRemaining(e -> assertThat(e.getValue().isTextual()).as(e.getKey()).isTrue());
        awaitSettled();
        assertThat(notifier.counters().sent()).isEqualTo(1);
    }

    @Test
    void sendWhenFcmAnswers503ThenRetriedWithBackoffAndWhen429ThenAfterRetryAfter() {
        fcm.answer(new Answer(503, "{}", Map.of()), new Answer(429, "{}", Map.of("Retry-After", "1")));

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel), dead::add);

        fcm.await(x -> true, "the ring after two retries");
        List<Long> at = fcm.attemptsAt();
        assertThat(at).hasSize(3);
        assertThat(Duration.ofNanos(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(45));
        assertThat(Duration.ofNanos(at.get(2) - at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        awaitSettled();
        assertThat(notifier.counters().sent()).isEqualTo(1);
        assertThat(notifier.counters().failed()).isZero();
    }

    @Test
    void sendWhenFcmKeepsFailingThenGivesUpAfterMaxAttempts() {
        fcm.answer(new Answer(500, "{}", Map.of()), new Answer(500, "{}", Map.of()), new Answer(500, "{}", Map.of()),
                new Answer(500, "{}", Map.of()), new Answer(500, "{}", Map.of()));

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel), dead::add);

        awaitSettled();
        assertThat(fcm.attemptsAt()).hasSize(4);
        assertThat(notifier.counters().failed()).isEqualTo(1);
    }

    @Test
    void sendWhenTheTokenIsUnregisteredThenReportedDeadNotRetried() {
        fcm.unregister(pixel.token());

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel), dead::add);

        awaitSettled();
        assertThat(dead).containsExactly(pixel);
        assertThat(fcm.attemptsAt()).hasSize(1);
        assertThat(notifier.counters().pruned()).isEqualTo(1);
    }

    @Test
    void sendWhenInvalidArgumentForTheTokenThenReportedDead() {
        fcm.answer(new Answer(400, "{\"error\":{\"code\":400,\"message\":\"The registration token is not a valid FCM "
                + "registration token\",\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"errorCode\":\"INVALID_ARGUMENT\"}]}}",
                Map.of()));

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel), dead::add);

        awaitSettled();
        assertThat(dead).containsExactly(pixel);
    }

    @Test
    void sendWhenInvalidArgumentAboutSomethingElseThenFailedButKept() {
        fcm.answer(new Answer(400, "{\"error\":{\"code\":400,\"message\":\"Invalid value at 'message.data'\","
                + "\"status\":\"INVALID_ARGUMENT\"}}", Map.of()));

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel), dead::add);

        awaitSettled();
        assertThat(dead).isEmpty();
        assertThat(notifier.counters().failed()).isEqualTo(1);
    }

    @Test
    void ringWhenTheDeadlineHasPassedThenNotSent() {
        notifier.send(ring(Instant.now().minusSeconds(1)), List.of(pixel), dead::add);

        awaitSettled();
        assertThat(fcm.attemptsAt()).isEmpty();
    }

    @Test
    void missedThenTheReasonAndAnHourToLive() {
        PushMessage missed = new PushMessage(PushMessage.Kind.MISSED, UUID.randomUUID(), bob,
                new PushMessage.Caller("alice", "Alice Adams", null), true, Instant.now(), "missed", null);

        notifier.send(missed, List.of(pixel), dead::add);

        StandInFcm.Message got = fcm.await(x -> true, "missed");
        assertThat(got.data().path("kind").asText()).isEqualTo("missed");
        assertThat(got.data().path("reason").asText()).isEqualTo("missed");
        assertThat(got.message().path("android").path("ttl").asText()).isEqualTo("3600s");
    }

    @Test
    void sendToManyDevicesThenOneBearerServesThemAll() {
        Device tablet = new Device("t", bob, Device.Platform.ANDROID, Device.Kind.FCM, "fcm:tablet-0002", "com.example.app",
                null, Instant.now());
        Device iphone = new Device("i", bob, Device.Platform.IOS, Device.Kind.VOIP, "a".repeat(64), "com.example.app",
                null, Instant.now());

        notifier.send(ring(Instant.now().plusSeconds(30)), List.of(pixel, tablet, iphone), dead::add);

        awaitSettled();
        assertThat(fcm.messages()).extracting(StandInFcm.Message::token)
                .containsExactlyInAnyOrder(pixel.token(), tablet.token());
        assertThat(fcm.tokensIssued()).isEqualTo(1);
    }

    @Test
    void buildWhenTheServiceAccountIsNotJsonThenRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> FcmPushNotifier.builder().serviceAccount("{\"private_key\":\"s3cr3t\"}")
                .projectId("p").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calls.push.fcm.service-account").hasMessageNotContaining("s3cr3t");
    }

    private void awaitSettled() {
        long end = System.nanoTime() + 20_000_000_000L;
        while (notifier.pending() > 0 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(notifier.pending()).isZero();
    }
}
