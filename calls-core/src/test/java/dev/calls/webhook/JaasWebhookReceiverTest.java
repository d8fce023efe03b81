package dev.calls.webhook;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Calls;
import dev.calls.CallsException;
import dev.calls.EndReason;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.Participant;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallListener;
import dev.calls.spi.MediaServerReport;
import dev.calls.testing.EngineFixture;
import dev.calls.webhook.WebhookResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JaasWebhookReceiverTest {
    private final List<MediaServerReport> reports = new CopyOnWriteArrayList<>();
    private final EngineFixture f = new EngineFixture(b -> b.listener(new CallListener() {
        @Override
        public void onMediaServerReport(MediaServerReport report) {
            reports.add(report);
        }
    })).online("alice", "bob", "carol");
    private final Calls calls = f.calls;
    private final List<CallEvent> aliceSees = new CopyOnWriteArrayList<>();
    private final JaasWebhookReceiver jaas = JaasWebhookReceiver.builder(calls).secret(Jaas.SECRET).appId(Jaas.APP)
            .build();

    @AfterEach
    void close() {
        f.close();
    }

    private Call answered() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        Call active = calls.accept(call.id(), acme("bob"));
        calls.events().subscribe(acme("alice"), e -> {
            if (e.call() != null) {
                aliceSees.add(e);
            }
        });
        return active;
    }

    private WebhookResult deliver(byte[] body) {
        return jaas.receive(body, Jaas.sign(body, f.clock.instant()));
    }

    private Participant bob(Call call) {
        return calls.get(call.id(), acme("alice")).participant("bob").orElseThrow();
    }

    @Test
    void participantJoinedWhenSignedThenParticipantInRoomAndEventPublished() {
        Call call = answered();

        WebhookResult result = deliver(Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), f.clock.instant(), "bob"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.callId()).isEqualTo(call.id());
        assertThat(bob(call).inRoom()).isTrue();
        assertThat(aliceSees).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PARTICIPANT_JOINED);
            assertThat(e.data()).containsEntry("userId", "bob").containsEntry("source", "media");
        });
    }

    @Test
    void participantLeftWhenSignedThenParticipantOutOfRoom() {
        Call call = answered();
        deliver(Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), f.clock.instant(), "bob"));
        f.advance(Duration.ofSeconds(30));

        WebhookResult left = deliver(Jaas.participant("k2", "PARTICIPANT_LEFT", call.room(), f.clock.instant(), "bob"));

        assertThat(left.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(bob(call).inRoom()).isFalse();
        assertThat(calls.get(call.id(), acme("bob")).state()).isEqualTo(CallState.ACTIVE);
        assertThat(aliceSees).extracting(CallEvent::type)
                .containsExactly(EventType.PARTICIPANT_JOINED, EventType.PARTICIPANT_LEFT);
    }

    @Test
    void receiveWhenForgedThenUnauthenticatedAndCallUnchanged() {
        Call call = answered();
        byte[] body = Jaas.event("k1", "ROOM_DESTROYED", call.room(), f.clock.instant(), "{}");
        String forged = Jaas.sign("not-the-endpoint-secret", f.clock.instant().getEpochSecond(), body);

        assertThatThrownBy(() -> jaas.receive(body, forged))
                .isInstanceOfSatisfying(CallsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        assertThatThrownBy(() -> jaas.receive(body, null)).isInstanceOf(CallsException.class);
        assertThat(calls.get(call.id(), acme("alice"))).isEqualTo(call);
    }

    @Test
    void receiveWhenReplayedWithStaleTimestampThenUnauthenticatedAndCallUnchanged() {
        Call call = answered();
        byte[] body = Jaas.event("k1", "ROOM_DESTROYED", call.room(), f.clock.instant(), "{}");
        String capturedEarlier = Jaas.sign(body, f.clock.instant());
        f.advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> jaas.receive(body, capturedEarlier))
                .isInstanceOfSatisfying(CallsException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
                    assertThat(e.getMessage()).contains("outside the allowed window");
                });
        assertThat(calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void receiveWhenIdempotencyKeyRepeatedThenDuplicateAndAppliedOnce() {
        Call call = answered();
        byte[] joined = Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), f.clock.instant(), "bob");
        deliver(joined);
        f.advance(Duration.ofSeconds(5));
        deliver(Jaas.participant("k2", "PARTICIPANT_LEFT", call.room(), f.clock.instant(), "bob"));
        f.advance(Duration.ofSeconds(5));

        WebhookResult again = deliver(joined);

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(bob(call).inRoom()).isFalse();
        assertThat(aliceSees).hasSize(2);
    }

    @Test
    void receiveWhenEventTypeUnknownThenIgnoredAndCallUnchanged() {
        Call call = answered();

        WebhookResult usage = deliver(Jaas.event("k1", "USAGE", call.room(), f.clock.instant(), "[{\"x\":1}]"));
        WebhookResult future = deliver(Jaas.event("k2", "HOLOGRAM_BEAMED", call.room(), f.clock.instant(), "{}"));
        WebhookResult created = deliver(Jaas.event("k3", "ROOM_CREATED", call.room(), f.clock.instant(),
                "{\"conference\":\"" + call.room() + "@conference.8x8.vc\"}"));

        assertThat(List.of(usage, future, created)).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.IGNORED);
            assertThat(r.detail()).isEqualTo("unknown_event_type");
        });
        assertThat(calls.get(call.id(), acme("alice"))).isEqualTo(call);
    }

    @Test
    void roomDestroyedWhenReportedLateThenCompletedWithRealDuration() {
        Call call = answered();
        Instant destroyedAt = call.answeredAt().plus(Duration.ofMinutes(7));
        f.advance(Duration.ofMinutes(10));

        WebhookResult result = deliver(Jaas.event("k1", "ROOM_DESTROYED", call.room(), destroyedAt,
                "{\"conference\":\"x@conference.8x8.vc\",\"isBreakout\":false}"));

        Call ended = calls.get(call.id(), acme("alice"));
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ROOM_DESTROYED);
        assertThat(ended.endedAt()).isEqualTo(destroyedAt);
        assertThat(ended.durationSeconds()).isEqualTo(420);
        assertThat(ended.participants()).allSatisfy(p -> assertThat(p.leftAt()).isEqualTo(destroyedAt));
        assertThat(aliceSees).extracting(CallEvent::type).containsExactly(EventType.CALL_ENDED);
    }

    @Test
    void roomDestroyedWhenTimestampAheadOfOurClockThenEndsNow() {
        Call call = answered();
        f.advance(Duration.ofMinutes(3));

        deliver(Jaas.event("k1", "ROOM_DESTROYED", call.room(), f.clock.instant().plusSeconds(20), "{}"));

        Call ended = calls.get(call.id(), acme("alice"));
        assertThat(ended.endedAt()).isEqualTo(f.clock.instant());
        assertThat(ended.durationSeconds()).isEqualTo(180);
    }

    @Test
    void roomDestroyedWhenDatedBeforeAnswerThenIgnoredAndCallStaysActive() {
        Call ringing = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        Instant callerLeftRoom = f.clock.instant().plusSeconds(3);
        f.advance(Duration.ofSeconds(10));
        Call call = calls.accept(ringing.id(), acme("bob"));

        WebhookResult result = deliver(Jaas.event("k1", "ROOM_DESTROYED", call.room(), callerLeftRoom, "{}"));

        assertThat(result.detail()).isEqualTo("before_answer");
        assertThat(calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void roomDestroyedWhenGroupMemberJoinedAfterReportedTimeThenEndNeverBeforeRecordedJoin() {
        Call call = calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        calls.accept(call.id(), acme("bob"));
        Instant destroyedAt = f.clock.instant().plusSeconds(30);
        f.advance(Duration.ofSeconds(60));
        Call carolIn = calls.accept(call.id(), acme("carol"));
        f.advance(Duration.ofSeconds(60));

        deliver(Jaas.event("k1", "ROOM_DESTROYED", call.room(), destroyedAt, "{}"));

        Call ended = calls.get(call.id(), acme("alice"));
        Instant carolJoined = carolIn.participant("carol").orElseThrow().joinedAt();
        assertThat(ended.endedAt()).isEqualTo(carolJoined);
        assertThat(ended.participant("carol").orElseThrow().leftAt()).isAfterOrEqualTo(carolJoined);
    }

    @Test
    void roomDestroyedWhenBreakoutRoomOrAlreadyEndedThenIgnored() {
        Call call = answered();

        WebhookResult breakout = deliver(Jaas.event("k1", "ROOM_DESTROYED", call.room(), f.clock.instant(),
                "{\"isBreakout\":true,\"breakoutRoomId\":\"b-1\"}"));
        assertThat(breakout.detail()).isEqualTo("breakout_room");
        assertThat(calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.ACTIVE);

        deliver(Jaas.event("k2", "ROOM_DESTROYED", call.room(), f.clock.instant(), "{}"));
        WebhookResult second = deliver(Jaas.event("k3", "ROOM_DESTROYED", call.room(), f.clock.instant(), "{}"));
        assertThat(second.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(second.detail()).isEqualTo("call_ended");
    }

    @Test
    void recordingUploadedWhenSignedThenListenersGetReportWithCall() {
        Call call = answered();

        WebhookResult result = deliver(Jaas.event("k1", "RECORDING_UPLOADED", call.room(), f.clock.instant(),
                "{\"preAuthenticatedLink\":\"https://files.example/rec.mp4\",\"durationSec\":95}"));
        deliver(Jaas.event("k2", "TRANSCRIPTION_UPLOADED", call.room(), f.clock.instant(),
                "{\"preAuthenticatedLink\":\"https://files.example/t.txt\"}"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(reports).extracting(MediaServerReport::type)
                .containsExactly("RECORDING_UPLOADED", "TRANSCRIPTION_UPLOADED");
        MediaServerReport rec = reports.get(0);
        assertThat(rec.callId()).isEqualTo(call.id());
        assertThat(rec.room()).isEqualTo(call.room());
        assertThat(rec.data()).containsEntry("preAuthenticatedLink", "https://files.example/rec.mp4")
                .containsEntry("durationSec", 95);
    }

    @Test
    void participantEventsWhenDeliveredOutOfOrderThenLatestTimestampWins() {
        Call call = answered();
        Instant joined = f.clock.instant().plusSeconds(1);
        Instant left = f.clock.instant().plusSeconds(2);
        f.advance(Duration.ofSeconds(5));

        deliver(Jaas.participant("k2", "PARTICIPANT_LEFT", call.room(), left, "bob"));
        WebhookResult late = deliver(Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), joined, "bob"));

        assertThat(late.detail()).isEqualTo("out_of_order");
        assertThat(bob(call).inRoom()).isFalse();
    }

    @Test
    void participantEventWhenNotAParticipantOrWithoutIdThenIgnored() {
        Call call = answered();

        WebhookResult stranger = deliver(Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), f.clock.instant(),
                "mallory"));
        WebhookResult anonymous = deliver(Jaas.event("k2", "PARTICIPANT_JOINED", call.room(), f.clock.instant(),
                "{\"name\":\"Guest\",\"participantId\":\"ep-9\"}"));

        assertThat(stranger.detail()).isEqualTo("unknown_participant");
        assertThat(anonymous.detail()).isEqualTo("unknown_participant");
        assertThat(calls.get(call.id(), acme("alice"))).isEqualTo(call);
    }

    @Test
    void receiveWhenRoomUnknownOrOtherAppThenIgnored() {
        Call call = answered();
        byte[] otherApp = new String(Jaas.participant("k2", "PARTICIPANT_JOINED", call.room(), f.clock.instant(), "bob"),
                StandardCharsets.UTF_8).replace(Jaas.APP + "/", "vpaas-magic-cookie-other/").getBytes(StandardCharsets.UTF_8);

        assertThat(deliver(Jaas.participant("k1", "PARTICIPANT_JOINED", "no-such-room", f.clock.instant(), "bob"))
                .detail()).isEqualTo("no_call_for_room");
        assertThat(deliver(otherApp).detail()).isEqualTo("other_app");
        assertThat(bob(call).inRoom()).isFalse();
    }

    @Test
    void receiveWhenBodyNotJsonOrTooLargeThenInvalidRequestOrPayloadTooLarge() {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        byte[] array = "[1,2]".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[300 * 1024];

        assertThatThrownBy(() -> deliver(notJson)).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThatThrownBy(() -> deliver(array)).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThatThrownBy(() -> deliver(huge)).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
    }

    @Test
    void fromConfigWhenSecretMissingThenRefusesToBuild() {
        assertThatThrownBy(() -> JaasWebhookReceiver.fromConfig(calls, Map.<String, String>of()::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JaasWebhookReceiver.SECRET_KEY);
    }

    @Test
    void fromConfigWhenToleranceSetThenOlderSignaturesRefused() {
        Call call = answered();
        JaasWebhookReceiver configured = JaasWebhookReceiver.fromConfig(calls, Map.of(
                JaasWebhookReceiver.SECRET_KEY, Jaas.SECRET,
                JaasWebhookReceiver.TOLERANCE_KEY, "1m")::get);
        byte[] body = Jaas.participant("k1", "PARTICIPANT_JOINED", call.room(), f.clock.instant(), "bob");

        assertThatThrownBy(() -> configured.receive(body, Jaas.sign(body, f.clock.instant().minusSeconds(90))))
                .isInstanceOf(CallsException.class);
        assertThat(configured.receive(body, Jaas.sign(body, f.clock.instant().minusSeconds(50))).outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(configured.toString()).doesNotContain(Jaas.SECRET);
    }
}
