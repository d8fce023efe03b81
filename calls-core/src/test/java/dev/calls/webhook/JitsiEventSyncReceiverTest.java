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
import dev.calls.testing.EngineFixture;
import dev.calls.webhook.WebhookResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Payloads as the event_sync Prosody module sends them (timestamps in seconds, user id from the token). */
class JitsiEventSyncReceiverTest {
    private static final String TOKEN = "Bearer TOKEN-237958623045-abcdef";

    private final EngineFixture f = new EngineFixture().online("alice", "bob");
    private final Calls calls = f.calls;
    private final JitsiEventSyncReceiver esync = JitsiEventSyncReceiver.builder(calls)
            .header("Authorization", TOKEN).build();

    @AfterEach
    void close() {
        f.close();
    }

    private Call answered() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        return calls.accept(call.id(), acme("bob"));
    }

    private static byte[] occupant(String event, String room, String userId, Instant at, boolean breakout) {
        String time = event.endsWith("joined") ? "\"joined_at\":" + at.getEpochSecond()
                : "\"joined_at\":" + (at.getEpochSecond() - 60) + ",\"left_at\":" + at.getEpochSecond();
        String id = userId == null ? "" : ",\"id\":\"" + userId + "\"";
        return ("{\"event_name\":\"muc-occupant-" + event + "\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.example.com\",\"is_breakout\":" + breakout + ",\"active_occupants_count\":2,"
                + "\"occupant\":{\"name\":\"Bob Brown\",\"email\":\"bob@example.com\"" + id
                + ",\"occupant_jid\":\"14f01c40@meet.example.com/OWhl8jSh\"," + time + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] destroyed(String room, Instant createdAt, Instant at, boolean breakout) {
        return ("{\"event_name\":\"muc-room-destroyed\",\"room_name\":\"" + room + "\",\"room_jid\":\"" + room
                + "@conference.meet.example.com\",\"is_breakout\":" + breakout
                + (breakout ? ",\"breakout_room_id\":\"b1\"" : "")
                + ",\"created_at\":" + createdAt.getEpochSecond() + ",\"destroyed_at\":" + at.getEpochSecond()
                + ",\"all_occupants\":[{\"name\":\"Bob\",\"id\":\"bob\",\"occupant_jid\":\"x@y/z\",\"joined_at\":"
                + createdAt.getEpochSecond() + ",\"left_at\":" + at.getEpochSecond() + "}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void occupantJoinedAndLeftWhenHeaderRightThenParticipantInAndOutOfRoom() {
        Call call = answered();

        WebhookResult joined = esync.receive(occupant("joined", call.room(), "bob", f.clock.instant(), false), TOKEN);
        assertThat(joined.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(calls.get(call.id(), acme("bob")).participant("bob").orElseThrow().inRoom()).isTrue();

        f.advance(Duration.ofSeconds(40));
        WebhookResult left = esync.receive(occupant("left", call.room(), "bob", f.clock.instant(), false), TOKEN);
        assertThat(left.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(calls.get(call.id(), acme("bob")).participant("bob").orElseThrow().inRoom()).isFalse();
    }

    @Test
    void receiveWhenHeaderWrongOrMissingThenUnauthenticatedAndCallUnchanged() {
        Call call = answered();
        byte[] body = destroyed(call.room(), call.answeredAt(), f.clock.instant(), false);

        for (String wrong : new String[] {null, "", "Bearer TOKEN-237958623045-abcdeX", TOKEN + " "}) {
            assertThatThrownBy(() -> esync.receive(body, wrong))
                    .isInstanceOfSatisfying(CallsException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
                        assertThat(e.getMessage()).doesNotContain(TOKEN);
                    });
        }
        assertThat(calls.get(call.id(), acme("alice"))).isEqualTo(call);
    }

    @Test
    void roomDestroyedWhenHeaderRightThenCompletedDatedAtDestroyedAt() {
        Call call = answered();
        Instant destroyedAt = call.answeredAt().plusSeconds(95);
        f.advance(Duration.ofMinutes(2));

        WebhookResult result = esync.receive(destroyed(call.room(), call.answeredAt(), destroyedAt, false), TOKEN);

        Call ended = calls.get(call.id(), acme("alice"));
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ROOM_DESTROYED);
        assertThat(ended.durationSeconds()).isEqualTo(95);
    }

    @Test
    void receiveWhenModuleRetriesSameBodyThenDuplicate() {
        Call call = answered();
        byte[] body = occupant("joined", call.room(), "bob", f.clock.instant(), false);
        esync.receive(body, TOKEN);

        assertThat(esync.receive(body, TOKEN).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void receiveWhenBreakoutRoomEventsThenPresenceCountsAndDestroyIgnored() {
        Call call = answered();
        esync.receive(occupant("joined", call.room(), "bob", f.clock.instant(), false), TOKEN);
        f.advance(Duration.ofSeconds(10));
        esync.receive(occupant("left", call.room(), "bob", f.clock.instant(), false), TOKEN);
        esync.receive(occupant("joined", call.room(), "bob", f.clock.instant(), true), TOKEN);

        WebhookResult breakoutGone = esync.receive(destroyed(call.room(), call.answeredAt(), f.clock.instant(), true),
                TOKEN);

        assertThat(breakoutGone.detail()).isEqualTo("breakout_room");
        Call now = calls.get(call.id(), acme("alice"));
        assertThat(now.state()).isEqualTo(CallState.ACTIVE);
        assertThat(now.participant("bob").orElseThrow().inRoom()).isTrue();
    }

    @Test
    void receiveWhenRoomCreatedOrOccupantWithoutTokenThenIgnored() {
        Call call = answered();
        byte[] created = ("{\"event_name\":\"muc-room-created\",\"room_name\":\"" + call.room()
                + "\",\"is_breakout\":false,\"created_at\":1625823996}").getBytes(StandardCharsets.UTF_8);

        assertThat(esync.receive(created, TOKEN).detail()).isEqualTo("unknown_event_type");
        assertThat(esync.receive(occupant("joined", call.room(), null, f.clock.instant(), false), TOKEN).detail())
                .isEqualTo("unknown_participant");
        assertThat(calls.get(call.id(), acme("alice"))).isEqualTo(call);
    }

    @Test
    void fromConfigWhenHeaderAndSecretSetThenUsesThem() {
        Call call = answered();
        JitsiEventSyncReceiver configured = JitsiEventSyncReceiver.fromConfig(calls, Map.of(
                JitsiEventSyncReceiver.HEADER_KEY, "X-Esync-Auth",
                JitsiEventSyncReceiver.SECRET_KEY, "a-long-shared-value-42")::get);

        assertThat(configured.headerName()).isEqualTo("X-Esync-Auth");
        assertThat(configured.receive(occupant("joined", call.room(), "bob", f.clock.instant(), false),
                "a-long-shared-value-42").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(configured.toString()).doesNotContain("a-long-shared-value-42");
        assertThatThrownBy(() -> JitsiEventSyncReceiver.fromConfig(calls, Map.<String, String>of()::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
