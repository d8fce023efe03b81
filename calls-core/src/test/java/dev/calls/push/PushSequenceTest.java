package dev.calls.push;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.push.PushEndpoint.Received;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a phone of a user without an open stream receives, end to end: the engine rings, the
 * {@link HttpPushNotifier} posts to a real local HTTP endpoint, which checks every signature.
 */
class PushSequenceTest {
    private final PushEndpoint endpoint = new PushEndpoint();
    private final MutableClock pushClock = MutableClock.at("2026-01-05T09:00:00Z");
    private final HttpPushNotifier notifier = HttpPushNotifier.builder(endpoint.uri(), PushEndpoint.SECRET)
            .clock(pushClock).scheduler(new ManualScheduler(pushClock)).build();
    private final EngineFixture f = new EngineFixture(b -> b.pushNotifier(notifier)).online("alice");
    private final Calls calls = f.calls;

    PushSequenceTest() throws Exception {
    }

    @AfterEach
    void close() {
        f.close();
        notifier.close();
        endpoint.close();
    }

    private Received invitationTo(String userId, Call call) throws Exception {
        Received r = endpoint.next();
        PushEndpoint.assertSigned(r, pushClock.instant().getEpochSecond());
        assertThat(r.contentType()).isEqualTo("application/json");
        long ringUntil = call.participant(userId).orElseThrow().invitedAt().plusSeconds(30).toEpochMilli();
        assertThat(r.json()).containsEntry("v", 1).containsEntry("kind", "ring")
                .containsEntry("callId", call.id().toString())
                .containsEntry("serverUrl", "https://meet.jit.si")
                .containsEntry("video", call.type() == MediaType.VIDEO)
                .containsEntry("caller", caller())
                .containsEntry("ringUntil", ringUntil)
                .containsEntry("tenant", "acme")
                .containsEntry("userId", userId)
                .containsEntry("devices", List.of())
                .containsKeys("messageId", "sentAt")
                .doesNotContainKey("reason");
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(call.room());
        return r;
    }

    private void cancellationTo(String userId, Call call, String reason) throws Exception {
        Received r = endpoint.next();
        PushEndpoint.assertSigned(r, pushClock.instant().getEpochSecond());
        assertThat(r.json()).containsEntry("kind", "missed".equals(reason) ? "missed" : "cancel")
                .containsEntry("callId", call.id().toString())
                .containsEntry("userId", userId)
                .containsEntry("reason", reason);
    }

    @Test
    void inviteWhenAnsweredOnAnotherDeviceThenInvitationThenCancellation() throws Exception {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        invitationTo("bob", call);

        calls.accept(call.id(), acme("bob"));

        cancellationTo("bob", call, "answered_elsewhere");
    }

    @Test
    void inviteWhenCallerCancelsThenCancellationCancelled() throws Exception {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        invitationTo("bob", call);

        calls.cancel(call.id(), acme("alice"));

        cancellationTo("bob", call, "cancelled");
    }

    @Test
    void inviteWhenDeclinedThenCancellationDeclinedElsewhere() throws Exception {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        invitationTo("bob", call);

        calls.decline(call.id(), acme("bob"));

        cancellationTo("bob", call, "declined_elsewhere");
    }

    @Test
    void inviteWhenRingTimeoutPassesThenCancellationMissed() throws Exception {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        invitationTo("bob", call);

        f.advance(Duration.ofSeconds(30));

        cancellationTo("bob", call, "missed");
    }

    @Test
    void groupInviteWhenOneAnswersThenOnlyThatOneCancelledUntilTheOtherMisses() throws Exception {
        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        List<Object> invited = List.of(endpoint.next(), endpoint.next()).stream()
                .peek(r -> assertThat(r.json()).containsEntry("kind", "ring"))
                .map(r -> r.json().get("userId")).toList();
        assertThat(invited).containsExactlyInAnyOrder("bob", "carol");

        calls.accept(call.id(), acme("bob"));
        cancellationTo("bob", call, "answered_elsewhere");
        f.advance(Duration.ofSeconds(30));

        cancellationTo("carol", call, "missed");
        PushEndpoint.await(() -> notifier.inFlight() == 0);
        assertThat(endpoint.waiting()).isZero();
    }

    private static java.util.Map<String, Object> caller() {
        java.util.Map<String, Object> c = new java.util.HashMap<>();
        c.put("id", "alice");
        c.put("name", "Alice Adams");
        c.put("avatarUrl", null);
        return c;
    }
}
