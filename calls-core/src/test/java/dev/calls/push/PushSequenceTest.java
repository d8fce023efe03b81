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
        assertThat(r.json()).containsEntry("type", "call_invitation")
                .containsEntry("call_id", call.id().toString())
                .containsEntry("call_url", "https://meet.jit.si/" + call.room())
                .containsEntry("call_type", call.type().wire())
                .containsEntry("caller_name", "Alice Adams")
                .containsEntry("caller_id", "alice")
                .containsEntry("room_name", call.room())
                .containsEntry("tenant", "acme")
                .containsEntry("user_id", userId)
                .containsKeys("message_id", "sent_at");
        return r;
    }

    private void cancellationTo(String userId, Call call, String reason) throws Exception {
        Received r = endpoint.next();
        PushEndpoint.assertSigned(r, pushClock.instant().getEpochSecond());
        assertThat(r.json()).containsEntry("type", "call_cancelled")
                .containsEntry("call_id", call.id().toString())
                .containsEntry("user_id", userId)
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
                .peek(r -> assertThat(r.json()).containsEntry("type", "call_invitation"))
                .map(r -> r.json().get("user_id")).toList();
        assertThat(invited).containsExactlyInAnyOrder("bob", "carol");

        calls.accept(call.id(), acme("bob"));
        cancellationTo("bob", call, "answered_elsewhere");
        f.advance(Duration.ofSeconds(30));

        cancellationTo("carol", call, "missed");
        PushEndpoint.await(() -> notifier.inFlight() == 0);
        assertThat(endpoint.waiting()).isZero();
    }
}
