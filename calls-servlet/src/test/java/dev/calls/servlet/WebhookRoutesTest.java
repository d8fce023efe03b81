package dev.calls.servlet;

import static dev.calls.servlet.support.MediaServer.APP;
import static dev.calls.servlet.support.MediaServer.EVENT_SYNC_SECRET;
import static dev.calls.servlet.support.MediaServer.JAAS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.Call;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.MediaServer;
import dev.calls.servlet.support.TestServer;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Media-server deliveries over HTTP, and what each one does to the call a browser then reads. */
class WebhookRoutesTest {
    private final TestServer server = new TestServer(b -> b, (calls, o) -> o
            .jaasWebhooks(JaasWebhookReceiver.builder(calls).secret(JAAS_SECRET).appId(APP).build())
            .jitsiEventSync(JitsiEventSyncReceiver.builder(calls).header("Authorization", EVENT_SYNC_SECRET).build()),
            "", c -> { });

    @AfterEach
    void stop() {
        server.close();
    }

    private Call answered() {
        server.engine.online("alice", "bob");
        Call call = server.engine.calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO);
        return server.engine.calls.accept(call.id(), UserRef.of("acme", "bob"));
    }

    private Instant now() {
        return server.engine.clock.instant();
    }

    private Res jaas(byte[] body, String signature, String... headers) {
        List<String> h = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (signature != null) {
            h.addAll(List.of("X-Jaas-Signature", signature));
        }
        h.addAll(List.of(headers));
        return server.api.raw("POST", "/webhooks/jaas", null, body, h.toArray(String[]::new));
    }

    private Res signed(byte[] body) {
        return jaas(body, MediaServer.sign(body, now()));
    }

    private Res eventSync(String path, byte[] body, String authorization) {
        return server.api.raw("POST", "/webhooks/jitsi/events" + path, null, body, "Content-Type", "application/json",
                "Authorization", authorization);
    }

    private JsonNode call(Call call) {
        return server.api.get("acme/alice", "/" + call.id()).json();
    }

    private static boolean inRoom(JsonNode call, String userId) {
        for (JsonNode p : call.get("participants")) {
            if (p.get("userId").asText().equals(userId)) {
                return p.get("inRoom").asBoolean();
            }
        }
        throw new AssertionError("no participant " + userId);
    }

    private long lastSequence() {
        return server.engine.calls.events().lastSequence();
    }

    @Test
    void jaasParticipantJoinedWhenSignedThenParticipantInRoom() {
        Call call = answered();

        Res r = signed(MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        assertThat(r.json().get("reason").asText()).isEqualTo("participant_in_room");
        assertThat(inRoom(call(call), "bob")).isTrue();
        assertThat(inRoom(call(call), "alice")).isFalse();
    }

    @Test
    void jaasParticipantLeftAfterJoinedThenOutOfRoom() {
        Call call = answered();
        signed(MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob"));
        server.engine.clock.advance(Duration.ofSeconds(30));

        Res r = signed(MediaServer.jaasParticipant("k2", "PARTICIPANT_LEFT", call.room(), now(), "bob"));

        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        assertThat(r.json().get("reason").asText()).isEqualTo("participant_left_room");
        assertThat(inRoom(call(call), "bob")).isFalse();
    }

    @Test
    void jaasSameDeliveryAgainThenDuplicateAndNotAppliedTwice() {
        Call call = answered();
        byte[] joined = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");
        signed(joined);
        server.engine.clock.advance(Duration.ofSeconds(30));
        signed(MediaServer.jaasParticipant("k2", "PARTICIPANT_LEFT", call.room(), now(), "bob"));
        long before = lastSequence();

        Res r = signed(joined);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asText()).isEqualTo("duplicate");
        assertThat(inRoom(call(call), "bob")).isFalse();
        assertThat(lastSequence()).isEqualTo(before);
    }

    @Test
    void jaasForgedSignatureThenUnauthenticatedAndCallUnchanged() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");
        long before = lastSequence();

        Res r = jaas(body, MediaServer.sign("whsec-not-the-secret", now().getEpochSecond(), body));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("unauthenticated");
        assertThat(r.body()).doesNotContain(JAAS_SECRET);
        assertThat(inRoom(call(call), "bob")).isFalse();
        assertThat(lastSequence()).isEqualTo(before);
    }

    @Test
    void jaasSignedBodyAlteredInTransitThenUnauthenticated() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");
        String signature = MediaServer.sign(body, now());
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("\"bob\"", "\"alice\"")
                .getBytes(StandardCharsets.UTF_8);

        Res r = jaas(altered, signature);

        assertThat(r.status()).isEqualTo(401);
        assertThat(inRoom(call(call), "alice")).isFalse();
    }

    @Test
    void jaasReplayedAfterTheToleranceThenUnauthenticatedAndNotApplied() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");
        String signature = MediaServer.sign(body, now());
        server.engine.clock.advance(Duration.ofMinutes(6));

        Res r = jaas(body, signature);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("unauthenticated");
        assertThat(inRoom(call(call), "bob")).isFalse();
    }

    @Test
    void jaasSignatureFromTheFutureBeyondToleranceThenUnauthenticated() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");

        Res r = jaas(body, MediaServer.sign(JAAS_SECRET, now().plus(Duration.ofMinutes(6)).getEpochSecond(), body));

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void jaasWithoutSignatureFromSignedInBrowserThenUnauthenticated() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");

        Res r = server.api.raw("POST", "/webhooks/jaas", "acme/alice", body, "Content-Type", "application/json",
                "X-Requested-With", "test");

        assertThat(r.status()).isEqualTo(401);
        assertThat(inRoom(call(call), "bob")).isFalse();
    }

    @Test
    void jaasRoomDestroyedThenCallCompletedAsRoomDestroyedWithTheRealDuration() {
        Call call = answered();
        Instant answeredAt = call.answeredAt();
        server.engine.clock.advance(Duration.ofMinutes(4));

        Res r = signed(MediaServer.jaas("k9", "ROOM_DESTROYED", call.room(), answeredAt.plusSeconds(125),
                "{\"isBreakout\":false}"));

        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        JsonNode after = call(call);
        assertThat(after.get("state").asText()).isEqualTo("completed");
        assertThat(after.get("endReason").asText()).isEqualTo("room_destroyed");
        assertThat(after.get("durationSeconds").asLong()).isEqualTo(125);
        assertThat(Instant.parse(after.get("endedAt").asText())).isEqualTo(answeredAt.plusSeconds(125));
    }

    @Test
    void jaasUnknownEventTypeThenAcceptedAndIgnored() {
        Call call = answered();
        long before = lastSequence();

        Res r = signed(MediaServer.jaas("k5", "SOMETHING_NEW_FROM_8X8", call.room(), now(), "{\"x\":[1,2,3]}"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asText()).isEqualTo("ignored");
        assertThat(r.json().get("reason").asText()).isEqualTo("unknown_event_type");
        assertThat(lastSequence()).isEqualTo(before);
    }

    @Test
    void jaasEventForRoomWithoutCallThenIgnored() {
        Res r = signed(MediaServer.jaasParticipant("k6", "PARTICIPANT_JOINED", "no-such-room", now(), "bob"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("reason").asText()).isEqualTo("no_call_for_room");
    }

    @Test
    void jaasWithoutJsonContentTypeOrRequestedWithHeaderThenStillAccepted() {
        Call call = answered();
        byte[] body = MediaServer.jaasParticipant("k1", "PARTICIPANT_JOINED", call.room(), now(), "bob");

        Res r = server.api.raw("POST", "/webhooks/jaas", null, body, "Content-Type", "text/plain",
                "X-Jaas-Signature", MediaServer.sign(body, now()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(inRoom(call(call), "bob")).isTrue();
    }

    @Test
    void jaasBodyOverTheCapThenPayloadTooLarge() {
        byte[] body = MediaServer.jaas("k7", "USAGE", "room", now(), "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");

        Res r = signed(body);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("payload_too_large");
    }

    @Test
    void webhooksWhenNotConfiguredThenNotFound() {
        try (TestServer plain = new TestServer()) {
            byte[] body = MediaServer.jaas("k1", "ROOM_CREATED", "room", now(), "{}");

            Res jaas = plain.api.raw("POST", "/webhooks/jaas", null, body, "Content-Type", "application/json",
                    "X-Jaas-Signature", MediaServer.sign(body, now()));
            Res sync = plain.api.raw("POST", "/webhooks/jitsi/events/room/created", null, body,
                    "Content-Type", "application/json", "Authorization", EVENT_SYNC_SECRET);

            assertThat(jaas.status()).isEqualTo(404);
            assertThat(jaas.code()).isEqualTo("not_found");
            assertThat(sync.status()).isEqualTo(404);
            assertThat(sync.code()).isEqualTo("not_found");
        }
    }

    @Test
    void eventSyncOccupantJoinedWithTheSharedHeaderThenParticipantInRoom() {
        Call call = answered();

        Res r = eventSync("/occupant/joined", MediaServer.occupant("muc-occupant-joined", call.room(), "alice", now()),
                EVENT_SYNC_SECRET);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        assertThat(inRoom(call(call), "alice")).isTrue();
    }

    @Test
    void eventSyncOccupantLeftThenParticipantOutOfRoom() {
        Call call = answered();
        eventSync("/occupant/joined", MediaServer.occupant("muc-occupant-joined", call.room(), "alice", now()),
                EVENT_SYNC_SECRET);
        server.engine.clock.advance(Duration.ofSeconds(20));

        Res r = eventSync("/occupant/left", MediaServer.occupant("muc-occupant-left", call.room(), "alice", now()),
                EVENT_SYNC_SECRET);

        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        assertThat(inRoom(call(call), "alice")).isFalse();
    }

    @Test
    void eventSyncWithWrongOrMissingHeaderThenUnauthenticatedAndUnchanged() {
        Call call = answered();
        byte[] body = MediaServer.occupant("muc-occupant-joined", call.room(), "alice", now());
        long before = lastSequence();

        Res wrong = eventSync("/occupant/joined", body, "Bearer event-sync-0123456789abcdeX");
        Res missing = server.api.raw("POST", "/webhooks/jitsi/events/occupant/joined", null, body,
                "Content-Type", "application/json");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("unauthenticated");
        assertThat(wrong.body()).doesNotContain("event-sync-0123456789abcde");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(inRoom(call(call), "alice")).isFalse();
        assertThat(lastSequence()).isEqualTo(before);
    }

    @Test
    void eventSyncRoomDestroyedThenCallEndsAtTheServersTime() {
        Call call = answered();
        server.engine.clock.advance(Duration.ofMinutes(5));

        Res r = eventSync("/room/destroyed", MediaServer.roomDestroyed(call.room(), call.answeredAt().plusSeconds(61)),
                EVENT_SYNC_SECRET);

        assertThat(r.json().get("result").asText()).isEqualTo("applied");
        JsonNode after = call(call);
        assertThat(after.get("endReason").asText()).isEqualTo("room_destroyed");
        assertThat(after.get("durationSeconds").asLong()).isEqualTo(61);
    }

    @Test
    void eventSyncRoomCreatedThenAcceptedAndIgnored() {
        Call call = answered();

        Res r = eventSync("/room/created", ("{\"event_name\":\"muc-room-created\",\"room_name\":\"" + call.room()
                + "\",\"room_jid\":\"x@conference.meet.jitsi\",\"is_breakout\":false,\"created_at\":"
                + now().getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8), EVENT_SYNC_SECRET);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asText()).isEqualTo("ignored");
    }

    @Test
    void webhookPathWithGetThenMethodNotAllowed() {
        Res r = server.api.get(null, "/webhooks/jaas");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST");
    }
}
