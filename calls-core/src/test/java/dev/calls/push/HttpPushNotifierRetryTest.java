package dev.calls.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.UserRef;
import dev.calls.push.PushEndpoint.Received;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import java.util.List;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries with back-off on a real local endpoint; the back-off timers run on a manual scheduler. */
class HttpPushNotifierRetryTest {
    private final PushEndpoint endpoint = new PushEndpoint();
    private final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    private final ManualScheduler timers = new ManualScheduler(clock);
    private final HttpPushNotifier notifier = HttpPushNotifier.builder(endpoint.uri(), PushEndpoint.SECRET)
            .clock(clock).scheduler(timers).maxAttempts(3).backoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
            .build();
    private final UserRef bob = UserRef.of("acme", "bob");
    private final UUID callId = UUID.randomUUID();

    HttpPushNotifierRetryTest() throws Exception {
    }

    @AfterEach
    void close() {
        notifier.close();
        endpoint.close();
    }

    private void ring() {
        notifier.send(new PushMessage(PushMessage.Kind.RING, callId, bob, new PushMessage.Caller("alice", "Alice", null),
                true, clock.instant().plusSeconds(30), null, "https://meet.jit.si"), List.of(), PushFeedback.IGNORE);
    }

    /** The notifier is idle: nothing queued or sending (a retry may be waiting for its time). */
    private void settled() {
        PushEndpoint.await(() -> notifier.inFlight() == 0);
    }

    @Test
    void inviteWhenServerFailsOnceThenRetriedAfterBackoffWithFreshSignature() throws Exception {
        endpoint.answer(503);
        ring();
        Received first = endpoint.next();
        PushEndpoint.await(() -> timers.pendingOneOff() == 1);

        timers.advance(Duration.ofMillis(999));
        settled();
        assertThat(endpoint.waiting()).isZero();
        timers.advance(Duration.ofMillis(1));

        Received second = endpoint.next();
        assertThat(second.json().get("messageId")).isEqualTo(first.json().get("messageId"));
        PushEndpoint.assertSigned(second, clock.instant().getEpochSecond());
        assertThat(second.signature()).isNotEqualTo(first.signature());
    }

    @Test
    void inviteWhenServerKeepsFailingThenStopsAfterMaxAttemptsWithDoublingBackoff() throws Exception {
        endpoint.answer(500, 502, 503, 504);
        ring();
        endpoint.next();
        PushEndpoint.await(() -> timers.pendingOneOff() == 1);
        timers.advance(Duration.ofSeconds(1));
        endpoint.next();
        PushEndpoint.await(() -> timers.pendingOneOff() == 1);
        timers.advance(Duration.ofMillis(1999));
        settled();
        assertThat(endpoint.waiting()).isZero();
        timers.advance(Duration.ofMillis(1));
        endpoint.next();

        settled();
        timers.advance(Duration.ofMinutes(10));
        settled();
        assertThat(timers.pendingOneOff()).isZero();
        assertThat(endpoint.waiting()).isZero();
    }

    @Test
    void inviteWhenServerRefusesWith4xxThenNotRetried() throws Exception {
        endpoint.answer(400);
        ring();
        endpoint.next();

        settled();
        assertThat(timers.pendingOneOff()).isZero();
    }

    @Test
    void inviteWhenRingingEndsBeforeRetryThenInvitationNotResentButCancellationSent() throws Exception {
        endpoint.answer(503);
        ring();
        endpoint.next();
        PushEndpoint.await(() -> timers.pendingOneOff() == 1);

        notifier.send(new PushMessage(PushMessage.Kind.CANCEL, callId, bob, new PushMessage.Caller("alice", "Alice", null),
                true, clock.instant().plusSeconds(30), "cancelled", "https://meet.jit.si"), List.of(), PushFeedback.IGNORE);
        Received cancel = endpoint.next();
        timers.advance(Duration.ofSeconds(5));
        settled();

        assertThat(cancel.json()).containsEntry("kind", "cancel").containsEntry("reason", "cancelled");
        assertThat(endpoint.waiting()).isZero();
    }

    @Test
    void inviteWhenEndpointUnreachableThenRetryScheduled() throws Exception {
        PushEndpoint gone = new PushEndpoint();
        URI unreachable = gone.uri();
        gone.close();
        try (HttpPushNotifier toNowhere = HttpPushNotifier.builder(unreachable, PushEndpoint.SECRET).clock(clock)
                .scheduler(timers).timeout(Duration.ofSeconds(2)).build()) {
            toNowhere.send(new PushMessage(PushMessage.Kind.RING, callId, bob,
                    new PushMessage.Caller("alice", "Alice", null), true, clock.instant().plusSeconds(30), null,
                    "https://meet.jit.si"), List.of(), PushFeedback.IGNORE);

            PushEndpoint.await(() -> timers.pendingOneOff() == 1);
        }
    }

    @Test
    void builderWhenSecretShortOrEndpointNotHttpThenRefused() {
        assertThatThrownBy(() -> HttpPushNotifier.builder(endpoint.uri(), "short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpPushNotifier.builder(URI.create("ftp://127.0.0.1/x"), PushEndpoint.SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(notifier.toString()).doesNotContain(PushEndpoint.SECRET);
    }
}
