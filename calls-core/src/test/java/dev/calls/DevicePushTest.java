package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.device.DeviceRegistration;
import dev.calls.presence.PresenceUpdate;
import dev.calls.spi.Device;
import dev.calls.spi.PushMessage;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.RecordingPushNotifier;
import dev.calls.testing.RecordingPushNotifier.Sent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registered devices are what the push notifier is asked to reach; do-not-disturb and dead tokens are honoured. */
class DevicePushTest {
    private static final String VOIP_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private final RecordingPushNotifier push = new RecordingPushNotifier();
    private final EngineFixture f = new EngineFixture(b -> b.pushNotifier(push).maxDevicesPerUser(2)).online("alice");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    private Device phone(String user, String kind, String token) {
        String platform = "fcm".equals(kind) ? "android" : "ios";
        return calls.devices().register(acme(user), new DeviceRegistration(platform, kind, token, "com.example.app",
                user + "'s phone"));
    }

    @Test
    void ringWhenTheInviteeHasDevicesThenTheNotifierIsAskedToReachThem() {
        Device iphone = phone("bob", "voip", VOIP_TOKEN);
        Device pixel = phone("bob", "fcm", "fcm-token:bob-pixel-0001");

        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

        Sent ring = push.sent.awaitAny(s -> s.message().callId().equals(call.id()), "bob's ring");
        assertThat(ring.devices()).containsExactlyInAnyOrder(iphone, pixel);
        assertThat(ring.message().video()).isFalse();
        assertThat(ring.message().ringUntil())
                .isEqualTo(call.participant("bob").orElseThrow().invitedAt().plus(Duration.ofSeconds(30)));
    }

    @Test
    void stopWhenMissedThenKindMissedAndOtherStopsKindCancel() {
        Call missed = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.advance(Duration.ofSeconds(30));
        Sent stop = push.sent.awaitAny(s -> s.message().kind() != PushMessage.Kind.RING, "missed");
        assertThat(stop.message().kind()).isEqualTo(PushMessage.Kind.MISSED);
        assertThat(stop.message().reason()).isEqualTo("missed");
        assertThat(stop.message().callId()).isEqualTo(missed.id());

        Call cancelled = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        calls.cancel(cancelled.id(), acme("alice"));
        Sent cancel = push.sent.awaitAny(s -> s.message().callId().equals(cancelled.id())
                && s.message().kind() != PushMessage.Kind.RING, "cancel");
        assertThat(cancel.message().kind()).isEqualTo(PushMessage.Kind.CANCEL);
        assertThat(cancel.message().reason()).isEqualTo("cancelled");
    }

    @Test
    void ringAgainWhenTheInviteeTurnedOnDoNotDisturbThenNothingIsPushed() {
        calls.presence().connect(acme("carol"));
        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO);
        push.invitations.await(l -> l.size() == 2, "two rings");
        calls.decline(call.id(), acme("bob"));
        push.cancellations.awaitAny(c -> c.user().equals(acme("bob")), "bob's stop");
        calls.presence().update(acme("bob"), new PresenceUpdate(null, null, null, true));

        try {
            calls.ringAgain(call.id(), acme("alice"), "bob");
        } catch (RefusedException refusedToo) {
            // refusing the ring is fine as well: what matters is that no push goes out
        }
        calls.cancel(call.id(), acme("alice"));
        push.cancellations.awaitAny(c -> c.user().equals(acme("carol")), "carol's stop");
        f.drain();

        assertThat(push.invitations.snapshot()).filteredOn(m -> m.recipient().equals(acme("bob"))).hasSize(1);
    }

    @Test
    void deadTokenWhenReportedThenTheDeviceIsRemoved() {
        Device iphone = phone("bob", "voip", VOIP_TOKEN);
        Device pixel = phone("bob", "fcm", "fcm-token:bob-pixel-0001");
        calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        Sent ring = push.sent.awaitAny(s -> true, "ring");

        ring.feedback().deadToken(pixel);

        assertThat(calls.devices().list(acme("bob"))).containsExactly(iphone);
    }

    @Test
    void registerWhenOverTheCapThenTheOldestIsPruned() {
        phone("bob", "voip", VOIP_TOKEN);
        f.advance(Duration.ofSeconds(1));
        Device second = phone("bob", "fcm", "fcm-token:bob-pixel-0001");
        f.advance(Duration.ofSeconds(1));
        Device third = phone("bob", "fcm", "fcm-token:bob-tablet-0002");

        assertThat(calls.devices().list(acme("bob"))).containsExactly(second, third);
        assertThat(calls.devices().maxPerUser()).isEqualTo(2);
    }

    @Test
    void registerWhenTheKindDoesNotFitThePlatformOrTheTokenIsBadThenRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> calls.devices().register(acme("bob"),
                new DeviceRegistration("android", "voip", VOIP_TOKEN, "com.example.app", null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage()).doesNotContain(VOIP_TOKEN);
                });
        assertThatThrownBy(() -> calls.devices().register(acme("bob"),
                new DeviceRegistration("ios", "voip", "secret token with spaces", "com.example.app", null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.getMessage()).contains("token").doesNotContain("secret"));
        assertThatThrownBy(() -> calls.devices().register(acme("bob"),
                new DeviceRegistration("symbian", "fcm", VOIP_TOKEN, "com.example.app", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("platform");
    }

    @Test
    void deviceToStringThenTheTokenIsMasked() {
        Device iphone = phone("bob", "voip", VOIP_TOKEN);

        assertThat(iphone.toString()).doesNotContain(VOIP_TOKEN).contains("…8f90");
        assertThat(iphone.maskedToken()).isEqualTo("…8f90");
    }

    @Test
    void removeWhenAnotherUserAsksThenTheDeviceStays() {
        Device iphone = phone("bob", "voip", VOIP_TOKEN);

        calls.devices().remove(acme("carol"), iphone.id());
        assertThat(calls.devices().list(acme("bob"))).containsExactly(iphone);

        calls.devices().remove(acme("bob"), iphone.id());
        assertThat(calls.devices().list(acme("bob"))).isEmpty();
    }

    @Test
    void payloadThenTheVocabularyWellUnderFourKilobytes() {
        PushMessage m = new PushMessage(PushMessage.Kind.CANCEL, java.util.UUID.randomUUID(), acme("bob"),
                new PushMessage.Caller("a".repeat(255), "n".repeat(255), "https://x/" + "p".repeat(2000)), true,
                java.time.Instant.ofEpochMilli(1_767_600_000_000L), "answered_elsewhere", "https://meet.jit.si");

        assertThat(m.toJson().length).isLessThan(4096);
        assertThat(m.payload()).containsOnlyKeys("v", "kind", "callId", "tenant", "caller", "video", "ringUntil",
                "reason", "serverUrl").containsEntry("ringUntil", 1_767_600_000_000L).containsEntry("kind", "cancel");
    }
}
