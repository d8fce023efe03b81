package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.presence.PresenceUpdate;
import dev.calls.spi.PushMessage;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.RecordingPushNotifier;
import dev.calls.testing.RecordingPushNotifier.Cancellation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every invitee's phones are rung by push, open browser tab or not, and told when and why to stop. */
class PushNotificationTest {
    private final RecordingPushNotifier push = new RecordingPushNotifier();
    private final EngineFixture f = new EngineFixture(b -> b.pushNotifier(push)).online("alice");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void startWhenTheInviteeHasNoOpenConnectionThenARingWithTheVocabularysFields() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);

        PushMessage ring = push.invitations.awaitAny(i -> i.callId().equals(call.id()), "bob's invitation");

        Instant invitedAt = call.participant("bob").orElseThrow().invitedAt();
        assertThat(ring).isEqualTo(new PushMessage(PushMessage.Kind.RING, call.id(), acme("bob"),
                new PushMessage.Caller("alice", "Alice Adams", null), true, invitedAt.plus(Duration.ofSeconds(30)),
                null, "https://meet.jit.si"));
        assertThat(new String(ring.toJson(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(call.room()).doesNotContain("jwt").doesNotContain("reason");
    }

    @Test
    void startWhenTheInviteeHasAnOpenConnectionThenTheirPhonesRingToo() {
        calls.presence().connect(acme("bob"));

        Call toBob = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        push.invitations.awaitAny(i -> i.callId().equals(toBob.id()), "bob's invitation");

        calls.accept(toBob.id(), acme("bob"));
        Cancellation c = push.cancellations.awaitAny(x -> x.callId().equals(toBob.id()), "bob's cancellation");
        assertThat(c.reason()).isEqualTo("answered_elsewhere");
    }

    @Test
    void acceptWhenRungByTwoCallersThenTheOtherCallsPhoneRingingStopsAsBusy() {
        Call fromAlice = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        Call fromDave = calls.start(acme("dave"), List.of("bob"), MediaType.AUDIO);
        push.invitations.await(l -> l.size() == 2, "two invitations");

        calls.accept(fromAlice.id(), acme("bob"));

        Cancellation c = push.cancellations.awaitAny(x -> x.callId().equals(fromDave.id()), "the other ring stopped");
        assertThat(c).isEqualTo(new Cancellation(acme("bob"), fromDave.id(), "busy"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"accept,answered_elsewhere", "cancel,cancelled", "decline,declined_elsewhere", "timeout,missed"})
    void ringingWhenItStopsThenTheInviteesPhoneIsToldWhy(String how, String reason) {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        switch (how) {
            case "accept" -> calls.accept(call.id(), acme("bob"));
            case "cancel" -> calls.cancel(call.id(), acme("alice"));
            case "decline" -> calls.decline(call.id(), acme("bob"));
            default -> f.advance(Duration.ofSeconds(30));
        }

        Cancellation c = push.cancellations.awaitAny(x -> x.callId().equals(call.id()), "cancellation");
        f.drain();

        assertThat(c).isEqualTo(new Cancellation(acme("bob"), call.id(), reason));
        assertThat(push.cancellations.snapshot()).hasSize(1);
        assertThat(push.invitations.snapshot()).hasSize(1);
    }

    @Test
    void groupWhenOneInviteeAnswersThenOnlyTheirRingingStopsAndTheOthersStopWhenTheCallEnds() {
        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        push.invitations.await(l -> l.size() == 2, "two invitations");

        calls.accept(call.id(), acme("bob"));
        push.cancellations.awaitAny(c -> c.user().equals(acme("bob")), "bob's cancellation");
        f.drain();
        assertThat(push.cancellations.snapshot()).containsExactly(
                new Cancellation(acme("bob"), call.id(), "answered_elsewhere"));

        calls.end(call.id(), acme("alice"));
        push.cancellations.awaitAny(c -> c.user().equals(acme("carol")), "carol's cancellation");
        assertThat(push.cancellations.snapshot()).hasSize(2)
                .contains(new Cancellation(acme("carol"), call.id(), "missed"));
    }

    @Test
    void ringAgainThenAnotherInvitation() {
        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO);
        calls.decline(call.id(), acme("bob"));

        calls.ringAgain(call.id(), acme("alice"), "bob");

        push.invitations.await(l -> l.stream().filter(i -> i.recipient().equals(acme("bob"))).count() == 2,
                "bob invited twice");
    }

    @Test
    void startWhenOfflineRingingIsTurnedOffThenRecipientOfflineAndNoInvitation() {
        try (EngineFixture off = new EngineFixture(b -> b.pushNotifier(push).ringOfflineUsers(false))) {
            assertThatThrownBy(() -> off.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_OFFLINE));
            off.drain();
        }
        assertThat(push.invitations.snapshot()).isEmpty();
    }

    @Test
    void startWhenTheOfflineRecipientTurnedRingingOffThenRecipientOffline() {
        calls.presence().update(acme("bob"), new PresenceUpdate(null, null, null, true));
        f.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_OFFLINE));
    }

    @Test
    void buildWhenOfflineRingingIsAskedWithoutANotifierThenRefused() {
        assertThatThrownBy(() -> new EngineFixture(b -> b.ringOfflineUsers(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pushNotifier");
    }
}
