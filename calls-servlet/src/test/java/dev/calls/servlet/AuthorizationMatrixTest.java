package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.servlet.http.Route;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.MediaServer;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import dev.calls.spi.RoomAccessPolicy;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route against a fresh ringing call from alice to bob and a fresh meeting hosted by alice with bob
 * invited, as the initiator and host (alice), the invitee (bob), a user of the same tenant outside both
 * (carol), a user of another tenant (gina) and nobody. Room tokens are allowed for acme's users in one
 * room; the media-server webhooks are configured, and no session stands in for their signature. Carol
 * administers acme: the admin routes exist for her alone.
 */
class AuthorizationMatrixTest {
    static final String[] ROLES = {"acme/alice", "acme/bob", "acme/carol", "globex/gina", null};
    static final String[] ROLE_NAMES = {"initiator", "invitee", "outsider", "other-tenant", "anonymous"};

    /** A route, how to call it, and the status per role: initiator, invitee, outsider, other tenant, anonymous. */
    record Row(String method, String pattern, String path, String body, int... expected) {
    }

    /** A media-server delivery without its signature: a signed-in session does not stand in for one. */
    static final String WEBHOOK = "{\"eventType\":\"ROOM_DESTROYED\",\"event_name\":\"muc-room-destroyed\"}";

    static final List<Row> ROWS = List.of(
            new Row("POST", "/", "", "{\"recipientIds\":[\"erin\"]}", 201, 201, 201, 404, 401),
            new Row("GET", "/{id}", "/{id}", null, 200, 200, 404, 404, 401),
            new Row("POST", "/{id}/acknowledge", "/{id}/acknowledge", null, 403, 200, 404, 404, 401),
            new Row("POST", "/{id}/accept", "/{id}/accept", null, 403, 200, 404, 404, 401),
            new Row("POST", "/{id}/decline", "/{id}/decline", null, 403, 200, 404, 404, 401),
            new Row("POST", "/{id}/cancel", "/{id}/cancel", null, 200, 403, 404, 404, 401),
            new Row("POST", "/{id}/leave", "/{id}/leave", null, 200, 200, 404, 404, 401),
            new Row("POST", "/{id}/end", "/{id}/end", null, 200, 200, 404, 404, 401),
            new Row("POST", "/{id}/media", "/{id}/media", "{\"audioMuted\":true}", 200, 409, 404, 404, 401),
            new Row("POST", "/{id}/ring", "/{id}/ring", "{\"userId\":\"bob\"}", 200, 403, 404, 404, 401),
            new Row("POST", "/{id}/room", "/{id}/room", "{\"inRoom\":true}", 200, 200, 404, 404, 401),
            // only a joined participant reports a failure: on a ringing call, the caller
            new Row("POST", "/{id}/fail", "/{id}/fail", null, 200, 403, 404, 404, 401),
            // join information only for those in the call: the invitee answers first
            new Row("GET", "/{id}/join", "/{id}/join", null, 200, 409, 404, 404, 401),
            new Row("GET", "/{id}/ring-state", "/{id}/ring-state", null, 200, 200, 404, 404, 401),
            new Row("GET", "/active", "/active", null, 200, 200, 200, 200, 401),
            new Row("GET", "/history", "/history", null, 200, 200, 200, 200, 401),
            new Row("GET", "/events", "/events?after=0", null, 200, 200, 200, 200, 401),
            // a watch change reaches only the caller's own stream with that key: none is open here
            new Row("PUT", "/events/watch", "/events/watch", "{\"stream\":\"tab-1\",\"watch\":[]}",
                    404, 404, 404, 404, 401),
            new Row("GET", "/presence/me", "/presence/me", null, 200, 200, 200, 200, 401),
            new Row("PUT", "/presence/me", "/presence/me", "{\"message\":\"here\"}", 200, 200, 200, 200, 401),
            new Row("POST", "/presence/heartbeat", "/presence/heartbeat", null, 200, 200, 200, 200, 401),
            new Row("POST", "/presence/sign-out", "/presence/sign-out", null, 200, 200, 200, 200, 401),
            new Row("GET", "/presence/online", "/presence/online", null, 200, 200, 200, 200, 401),
            new Row("GET", "/presence", "/presence?userIds=alice,bob", null, 200, 200, 200, 200, 401),
            new Row("GET", "/openapi.json", "/openapi.json", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client.js", "/client.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/admin.js", "/admin.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client.d.ts", "/client.d.ts", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/api.js", "/client/api.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/call-window.js", "/client/call-window.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/connection.js", "/client/connection.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/devices.js", "/client/devices.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/dialog.js", "/client/dialog.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/dom.js", "/client/dom.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/guest.js", "/client/guest.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/lobby.js", "/client/lobby.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/icons.js", "/client/icons.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/meeting-link.js", "/client/meeting-link.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/meeting-script.js", "/client/meeting-script.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/meeting-window.js", "/client/meeting-window.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/notices.js", "/client/notices.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/outgoing.js", "/client/outgoing.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/presence.js", "/client/presence.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/reconcile.js", "/client/reconcile.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/ringtone.js", "/client/ringtone.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/client/styles.js", "/client/styles.js", null, 200, 200, 200, 200, 200),
            new Row("GET", "/embed/{id}", "/embed/{id}", null, 200, 409, 404, 404, 401),
            new Row("POST", "/meetings", "/meetings", "{\"title\":\"Planning\",\"startsAt\":\"2026-01-05T09:05:00Z\","
                    + "\"endsAt\":\"2026-01-05T10:00:00Z\",\"inviteeIds\":[\"erin\"]}", 201, 201, 201, 404, 401),
            new Row("GET", "/meetings", "/meetings", null, 200, 200, 200, 200, 401),
            new Row("GET", "/meetings/{id}", "/meetings/{meeting}", null, 200, 200, 404, 404, 401),
            new Row("PUT", "/meetings/{id}", "/meetings/{meeting}", "{\"title\":\"Planning, moved\",\"startsAt\":"
                    + "\"2026-01-05T09:30:00Z\",\"endsAt\":\"2026-01-05T10:30:00Z\",\"inviteeIds\":[\"bob\"]}",
                    200, 403, 404, 404, 401),
            new Row("DELETE", "/meetings/{id}", "/meetings/{meeting}", null, 204, 403, 404, 404, 401),
            new Row("GET", "/meetings/{id}/join", "/meetings/{meeting}/join", null, 200, 200, 404, 404, 401),
            new Row("GET", "/meetings/{id}/invite.ics", "/meetings/{meeting}/invite.ics", null, 200, 200, 404, 404, 401),
            new Row("GET", "/embed/meetings/{id}", "/embed/meetings/{meeting}", null, 200, 200, 404, 404, 200),
            // guest passes: the organizer or the call's host manages them; an invitee is refused
            new Row("POST", "/meetings/{id}/guests", "/meetings/{meeting}/guests", "{\"name\":\"Ann Client\"}",
                    201, 403, 404, 404, 401),
            new Row("GET", "/meetings/{id}/guests", "/meetings/{meeting}/guests", null, 200, 403, 404, 404, 401),
            new Row("DELETE", "/meetings/{id}/guests/{guestId}", "/meetings/{meeting}/guests/{mguest}", null,
                    204, 403, 404, 404, 401),
            new Row("POST", "/meetings/{id}/guests/{guestId}/admit", "/meetings/{meeting}/guests/{mguest}/admit", null,
                    200, 403, 404, 404, 401),
            new Row("POST", "/meetings/{id}/guests/{guestId}/deny", "/meetings/{meeting}/guests/{mguest}/deny", null,
                    200, 403, 404, 404, 401),
            new Row("POST", "/{id}/guests", "/{id}/guests", "{\"name\":\"Ann Client\"}", 201, 403, 404, 404, 401),
            new Row("GET", "/{id}/guests", "/{id}/guests", null, 200, 403, 404, 404, 401),
            new Row("DELETE", "/{id}/guests/{guestId}", "/{id}/guests/{cguest}", null, 204, 403, 404, 404, 401),
            new Row("POST", "/{id}/guests/{guestId}/admit", "/{id}/guests/{cguest}/admit", null, 200, 403, 404, 404, 401),
            new Row("POST", "/{id}/guests/{guestId}/deny", "/{id}/guests/{cguest}/deny", null, 200, 403, 404, 404, 401),
            // anyone signed in may call a guest
            new Row("POST", "/guest-calls", "/guest-calls", "{\"name\":\"Ann Client\"}", 201, 201, 201, 201, 401),
            // the guest's own routes need no session: the signed pass is the credential; joining waits for a host
            new Row("GET", "/guest/{pass}", "/guest/{pass}", null, 200, 200, 200, 200, 200),
            new Row("GET", "/guest/{pass}/state", "/guest/{pass}/state", null, 200, 200, 200, 200, 200),
            new Row("POST", "/guest/{pass}/knock", "/guest/{pass}/knock", null, 200, 200, 200, 200, 200),
            new Row("GET", "/guest/{pass}/join", "/guest/{pass}/join", null, 403, 403, 403, 403, 403),
            new Row("POST", "/guest/{pass}/leave", "/guest/{pass}/leave", null, 200, 200, 200, 200, 200),
            new Row("POST", "/rooms/token", "/rooms/token", "{\"roomName\":\"acme-standup\"}", 200, 200, 200, 403, 401),
            new Row("GET", "/admin/stats", "/admin/stats", null, 404, 404, 200, 404, 401),
            new Row("GET", "/admin/calls/active", "/admin/calls/active", null, 404, 404, 200, 404, 401),
            new Row("GET", "/admin/events", "/admin/events?after=0", null, 404, 404, 200, 404, 401),
            new Row("POST", "/admin/calls/{id}/end", "/admin/calls/{id}/end", null, 404, 404, 200, 404, 401),
            // devices are each caller's own: anyone signed in registers, lists and removes their own
            new Row("POST", "/devices", "/devices", "{\"platform\":\"android\",\"kind\":\"fcm\","
                    + "\"token\":\"fcm-token:matrix-0001\",\"appId\":\"com.example.app\"}", 200, 200, 200, 200, 401),
            new Row("GET", "/devices", "/devices", null, 200, 200, 200, 200, 401),
            new Row("DELETE", "/devices/{id}", "/devices/7f8a1c52-3d4e-4b6a-9c1d-2e3f4a5b6c7d", null,
                    204, 204, 204, 204, 401),
            new Row("POST", "/webhooks/jaas", "/webhooks/jaas", WEBHOOK, 401, 401, 401, 401, 401),
            new Row("POST", "/webhooks/jitsi/events/room/created", "/webhooks/jitsi/events/room/created", WEBHOOK,
                    401, 401, 401, 401, 401),
            new Row("POST", "/webhooks/jitsi/events/room/destroyed", "/webhooks/jitsi/events/room/destroyed", WEBHOOK,
                    401, 401, 401, 401, 401),
            new Row("POST", "/webhooks/jitsi/events/occupant/joined", "/webhooks/jitsi/events/occupant/joined", WEBHOOK,
                    401, 401, 401, 401, 401),
            new Row("POST", "/webhooks/jitsi/events/occupant/left", "/webhooks/jitsi/events/occupant/left", WEBHOOK,
                    401, 401, 401, 401, 401));

    static TestServer server;
    static Api api;
    static Calls calls;

    @BeforeAll
    static void start() {
        server = new TestServer(b -> b.startsPerMinute(100_000)
                .adminPolicy(user -> user.equals(UserRef.of("acme", "carol"))).roomAccessPolicy((user, room) ->
                user.tenant().equals("acme") && room.equals("acme-standup")
                        ? RoomAccessPolicy.Access.GUEST : RoomAccessPolicy.Access.DENIED),
                (engine, o) -> o.jaasWebhooks(JaasWebhookReceiver.builder(engine).secret(MediaServer.JAAS_SECRET).build())
                        .jitsiEventSync(JitsiEventSyncReceiver.builder(engine)
                                .header("Authorization", MediaServer.EVENT_SYNC_SECRET).build()),
                "", c -> { });
        api = server.api;
        calls = server.engine.calls;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void hangUpEverything() {
        for (String id : List.of("alice", "bob", "carol", "erin")) {
            UserRef user = UserRef.of("acme", id);
            for (Call c : calls.activeCalls(user)) {
                if (c.isInitiator(id) && c.state() == CallState.RINGING) {
                    calls.cancel(c.id(), user);
                } else {
                    calls.end(c.id(), user);
                }
            }
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : ROWS) {
            for (int role = 0; role < ROLES.length; role++) {
                cells.add(Arguments.of(row.method() + " " + row.pattern() + " as " + ROLE_NAMES[role], row, role));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void routeAsRoleThenExpectedStatus(String name, Row row, int role) {
        server.engine.online("alice", "bob", "carol", "erin");
        server.engine.calls.presence().heartbeat(UserRef.of("globex", "gina"));
        // Only routes of a call get one: the caller, joined in it, could not start another meanwhile.
        String callId = row.path().contains("{id}")
                ? calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO).id().toString()
                : "";
        Instant now = server.engine.clock.instant();
        Meeting meeting = calls.meetings().create(UserRef.of("acme", "alice"), new MeetingRequest("Planning",
                now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(1)), List.of("bob"), MediaType.VIDEO));
        UserRef alice = UserRef.of("acme", "alice");
        dev.calls.guest.GuestInvite meetingGuest = calls.guests().invite(
                dev.calls.guest.GuestTarget.meeting(meeting.id()), alice, dev.calls.guest.GuestRequest.of("Guest", null),
                null);
        String callGuest = callId.isEmpty() ? "" : calls.guests().invite(
                dev.calls.guest.GuestTarget.call(java.util.UUID.fromString(callId)), alice,
                dev.calls.guest.GuestRequest.of("Guest", null), null).pass().id().toString();
        String path = row.path().replace("{id}", callId).replace("{meeting}", meeting.id().toString())
                .replace("{mguest}", meetingGuest.pass().id().toString()).replace("{cguest}", callGuest)
                .replace("{pass}", meetingGuest.token());
        byte[] body = row.body() == null ? null : row.body().getBytes(StandardCharsets.UTF_8);

        Res r = body == null
                ? api.raw(row.method(), path, ROLES[role], null, "X-Requested-With", "test")
                : api.raw(row.method(), path, ROLES[role], body, "Content-Type", "application/json");

        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(row.expected()[role]);
        if (r.status() >= 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void matrixThenCoversEveryRouteOfTheFilter() {
        List<String> served = server.filter.routes().stream().map(r -> r.method() + " " + r.pattern()).sorted().toList();
        List<String> covered = ROWS.stream().map(r -> r.method() + " " + r.pattern()).sorted().toList();

        assertThat(covered).isEqualTo(served);
    }

    @Test
    void presenceOfAnotherTenantsUsersThenOfflineWithoutTheirNames() {
        server.engine.online("alice");

        Res r = api.get("globex/gina", "/presence?userIds=alice");

        assertThat(r.json().get("items").get(0).get("online").asBoolean()).isFalse();
        assertThat(r.json().get("items").get(0).get("name").asText()).isEqualTo("alice");
        assertThat(server.filter.routes()).extracting(Route::pattern).contains("/presence");
    }
}
