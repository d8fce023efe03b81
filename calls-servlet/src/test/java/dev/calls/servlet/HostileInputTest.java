package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.presence.Presence;
import dev.calls.servlet.support.Api;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, truncated, mistyped, oversized and strange requests: each is answered with a 4xx problem and
 * leaves the calls, the event log and presence exactly as they were.
 */
class HostileInputTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";

    static TestServer server;
    static Api api;
    static Calls calls;
    static Call call;
    static long sequence;
    static Presence alicePresence;
    static Meeting meeting;
    static Map<String, List<Meeting>> meetingsByUser;

    /** One hostile request; {@code {id}} in the path is the existing call, {@code {meeting}} the existing meeting. */
    record Probe(String method, String path, String user, String contentType, byte[] body, String... headers) {
        static Probe json(String method, String path, String user, String body) {
            return new Probe(method, path, user, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        static Probe get(String path) {
            return new Probe("GET", path, ALICE, null, null);
        }
    }

    @BeforeAll
    static void start() {
        server = new TestServer(b -> b, (engine, o) -> o
                .jaasWebhooks(JaasWebhookReceiver.builder(engine).secret(MediaServer.JAAS_SECRET).build())
                .jitsiEventSync(JitsiEventSyncReceiver.builder(engine)
                        .header("Authorization", MediaServer.EVENT_SYNC_SECRET).build()), "", c -> { });
        api = server.api;
        calls = server.engine.calls;
        server.engine.online("alice", "bob", "carol");
        call = calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO);
        Instant now = server.engine.clock.instant();
        meeting = calls.meetings().create(UserRef.of("acme", "alice"), new MeetingRequest("Planning",
                now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(3)), List.of("bob"), MediaType.VIDEO));
        sequence = calls.events().lastSequence();
        alicePresence = presence("alice");
        meetingsByUser = meetingsByUser();
    }

    /** Every user's upcoming meetings: what a hostile request must leave as it was. */
    private static Map<String, List<Meeting>> meetingsByUser() {
        Map<String, List<Meeting>> all = new TreeMap<>();
        for (String user : List.of("acme/alice", "acme/bob", "acme/carol", "acme/dave", "acme/erin", "globex/gina")) {
            String[] parts = user.split("/");
            all.put(user, calls.meetings().upcoming(UserRef.of(parts[0], parts[1]), 100));
        }
        return all;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Presence presence(String user) {
        var v = calls.presence().get(UserRef.of("acme", user));
        return new Presence(v.user(), v.status(), v.message(), v.available(), v.doNotDisturb(), null);
    }

    static Stream<Arguments> probes() {
        List<Probe> p = new ArrayList<>();
        for (String body : List.of("{", "{\"recipientIds\":", "{\"recipientIds\":[\"bob\"]", "nul", "[]", "\"bob\"",
                "42", "null", " ", "{\"recipientIds\":\"bob\"}", "{\"recipientIds\":[{}]}", "{\"recipientIds\":[true]}",
                "{\"recipientIds\":[]}", "{\"recipientIds\":[\"\"]}", "{\"recipientIds\":[\"   \"]}",
                "{\"recipientIds\":[\"bob\"],\"type\":\"hologram\"}", "{\"recipientIds\":[\"bob\"],\"type\":7}",
                "{\"recipientIds\":[\"bob\\u0000\"]}", "{\"recipientIds\":[\"b\\nob\"]}",
                "{\"recipientIds\":[\"" + "x".repeat(300) + "\"]}",
                "{\"recipientIds\":[\"bob\"],\"recipientIds\":[\"carol\"]}", "{\"recipientIds\":[\"bob\"]} {}",
                "[".repeat(200) + "]".repeat(200), "{\"recipientIds\":[\"\\ud800\"]}",
                "{\"recipientIds\":[1e999999]}", "{\"recipientIds\":[12345678901234567890123]}",
                "{\"recipientIds\":[\"bób\"]}", "{\"recipientIds\":[\"\uD83D\uDE00\"]}", "{\"recipientId\":1.5}",
                "{'recipientIds':['bob']}", "{\"recipientIds\":[\"bob\"],}")) {
            p.add(Probe.json("POST", "", ALICE, body));
        }
        p.add(new Probe("POST", "", ALICE, "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        p.add(new Probe("POST", "", ALICE, "application/json", new byte[0]));
        p.add(new Probe("POST", "", ALICE, "application/json", ("{\"pad\":\"" + "y".repeat(1 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        p.add(new Probe("POST", "", ALICE, "text/plain", "{\"recipientIds\":[\"bob\"]}".getBytes(StandardCharsets.UTF_8)));
        p.add(new Probe("POST", "", ALICE, "application/xml", "<call/>".getBytes(StandardCharsets.UTF_8),
                "X-Requested-With", "test"));
        p.add(new Probe("POST", "", ALICE, null, "{\"recipientIds\":[\"bob\"]}".getBytes(StandardCharsets.UTF_8),
                "X-Requested-With", "test"));
        p.add(Probe.json("POST", "/{id}/accept", BOB, "{"));
        p.add(Probe.json("POST", "/{id}/accept", BOB, "[1]"));
        p.add(Probe.json("POST", "/{id}/decline", BOB, "\"no\""));
        p.add(Probe.json("POST", "/{id}/end", ALICE, "{\"reason\":"));
        p.add(Probe.json("POST", "/{id}/media", ALICE, "{}"));
        p.add(Probe.json("POST", "/{id}/media", ALICE, "{\"audioMuted\":\"yes\"}"));
        p.add(Probe.json("POST", "/{id}/media", ALICE, "{\"connectionQuality\":\"" + "q".repeat(40) + "\"}"));
        p.add(Probe.json("POST", "/{id}/ring", ALICE, "{}"));
        p.add(Probe.json("POST", "/{id}/ring", ALICE, "{\"userId\":5.5}"));
        p.add(Probe.json("POST", "/{id}/ring", ALICE, "{\"userId\":[\"bob\"]}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{\"status\":\"sleeping\"}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{\"message\":\"" + "m".repeat(201) + "\"}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{\"available\":\"true\"}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{\"message\":\"a\\u0007b\"}"));
        p.add(Probe.json("PUT", "/presence/me", ALICE, "{\"status\":null,\"message\":null}"));
        for (String query : List.of("limit=abc", "limit=-1", "limit=999999999999", "since=yesterday", "cursor=%00",
                "cursor=garbage", "cursor=" + "Z".repeat(600), "missed=maybe")) {
            p.add(Probe.get("/history?" + query));
        }
        p.add(Probe.get("/presence/online?limit=0"));
        p.add(Probe.get("/presence/online?callable=perhaps"));
        p.add(Probe.get("/presence"));
        p.add(Probe.get("/presence?userIds=,,,,"));
        p.add(Probe.get("/presence?userIds=%00"));
        p.add(Probe.get("/presence?userIds=" + "u,".repeat(100) + String.join(",", java.util.Collections.nCopies(1, "x"))
                + ",".concat(String.join(",", java.util.stream.IntStream.range(0, 201).mapToObj(i -> "id" + i).toList()))));
        p.add(Probe.get("/events?after=-1"));
        p.add(Probe.get("/events?after=abc"));
        p.add(Probe.get("/events?lastEventId=99999999999999999999"));
        p.add(new Probe("GET", "/events", ALICE, null, null, "Last-Event-ID", "abc"));
        // Paths the container itself refuses before any filter runs ("/%00", "//x") are not listed here.
        for (String path : List.of("/12345", "/%3Cscript%3E", "/{id}x", "/caf%C3%A9", "/nope",
                "/presence/me/extra", "/embed", "/embed/not-a-uuid", "/{id}/", "/active/x/y")) {
            p.add(Probe.get(path));
        }
        p.add(Probe.json("POST", "/{id}/explode", ALICE, "{}"));
        p.add(new Probe("DELETE", "/{id}", ALICE, null, null, "X-Requested-With", "test"));
        p.add(Probe.json("PATCH", "/presence/me", ALICE, "{\"status\":\"away\"}"));
        p.add(Probe.json("PUT", "/active", ALICE, "{}"));
        p.add(new Probe("OPTIONS", "/", ALICE, null, null));
        p.add(new Probe("GET", "/active", null, null, null));
        p.add(new Probe("GET", "/active", "acme", null, null));
        webhookProbes(p);
        meetingProbes(p);
        return p.stream().map(probe -> Arguments.of(probe.method() + " " + abbreviate(probe), probe));
    }

    /** Unsigned, forged, stale and malformed media-server deliveries; signed ones that are not JSON objects. */
    private static void webhookProbes(List<Probe> p) {
        Instant now = server.engine.clock.instant();
        byte[] joined = MediaServer.jaasParticipant("h1", "PARTICIPANT_JOINED", call.room(), now, "bob");
        p.add(webhook(joined));
        p.add(webhook(joined, "X-Jaas-Signature", MediaServer.sign("whsec-wrong", now.getEpochSecond(), joined)));
        p.add(webhook(joined, "X-Jaas-Signature", MediaServer.sign(MediaServer.JAAS_SECRET,
                now.minus(Duration.ofMinutes(6)).getEpochSecond(), joined)));
        p.add(webhook(joined, "X-Jaas-Signature", "t=abc,v1=" + "A".repeat(44)));
        p.add(webhook(joined, "X-Jaas-Signature", "v1=" + MediaServer.sign(joined, now).split("v1=")[1]));
        p.add(webhook(joined, "X-Jaas-Signature", "t=" + now.getEpochSecond() + ",v1=" + "%".repeat(3000)));
        p.add(webhook(joined, "X-Jaas-Signature", MediaServer.sign(joined, now).replace("v1=", "v0=")));
        for (String body : List.of("{", "[]", "\"PARTICIPANT_JOINED\"", "null", "", "[".repeat(200) + "]".repeat(200))) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            p.add(webhook(bytes, "X-Jaas-Signature", MediaServer.sign(bytes, now)));
        }
        byte[] huge = ("{\"pad\":\"" + "z".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        p.add(webhook(huge, "X-Jaas-Signature", MediaServer.sign(huge, now)));
        byte[] occupant = MediaServer.occupant("muc-occupant-joined", call.room(), "bob", now);
        p.add(new Probe("POST", "/webhooks/jitsi/events/occupant/joined", null, "application/json", occupant));
        p.add(new Probe("POST", "/webhooks/jitsi/events/occupant/joined", ALICE, "application/json", occupant,
                "Authorization", "Bearer not-the-shared-value-at-all"));
        for (String body : List.of("{", "[1]", "\"x\"", "")) {
            p.add(new Probe("POST", "/webhooks/jitsi/events/room/destroyed", null, "application/json",
                    body.getBytes(StandardCharsets.UTF_8), "Authorization", MediaServer.EVENT_SYNC_SECRET));
        }
        p.add(new Probe("GET", "/webhooks/jaas", null, null, null));
        p.add(new Probe("POST", "/webhooks/jitsi/events/room/renamed", null, "application/json", occupant,
                "Authorization", MediaServer.EVENT_SYNC_SECRET));
    }

    /** Authentic (signed) deliveries whose content makes no sense: accepted so the sender stops, and ignored. */
    static Stream<Arguments> oddDeliveries() {
        String room = call.room();
        return Stream.of("{}", "{\"eventType\":null}", "{\"eventType\":123}", "{\"eventType\":[\"ROOM_DESTROYED\"]}",
                "{\"eventType\":\"PARTICIPANT_JOINED\"}", "{\"eventType\":\"PARTICIPANT_JOINED\",\"fqn\":\"no-slash\"}",
                "{\"eventType\":\"PARTICIPANT_JOINED\",\"fqn\":\"app/" + room + "\",\"data\":\"bob\"}",
                "{\"eventType\":\"PARTICIPANT_JOINED\",\"fqn\":\"app/" + room + "\",\"data\":{\"id\":[\"bob\"]}}",
                "{\"eventType\":\"PARTICIPANT_JOINED\",\"fqn\":\"app/" + room + "\",\"data\":{\"id\":\"mallory\"}}",
                "{\"eventType\":\"PARTICIPANT_LEFT\",\"fqn\":\"/\",\"timestamp\":-5,\"data\":{\"id\":\"bob\"}}",
                "{\"eventType\":\"ROOM_DESTROYED\",\"fqn\":\"app/unknown-room\",\"timestamp\":1e300}",
                "{\"eventType\":\"ROOM_DESTROYED\",\"fqn\":\"app/" + room + "\",\"data\":{\"isBreakout\":\"true\"}}",
                "{\"eventType\":\"RECORDING_UPLOADED\",\"fqn\":\"app/unknown-room\",\"data\":" + "{\"a\":".repeat(40)
                        + "1" + "}".repeat(40) + "}",
                "{\"eventType\":\"PARTICIPANT_JOINED\"} trailing", "{\"eventType\":\"\\u0000\"}")
                .map(body -> Arguments.of(body.length() > 80 ? body.substring(0, 80) + "…" : body, body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddDeliveries")
    void signedOddDeliveryThenAcceptedIgnoredAndNothingChanged(String name, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);

        Res r = api.raw("POST", "/webhooks/jaas", null, body, "Content-Type", "application/json",
                "X-Jaas-Signature", MediaServer.sign(body, server.engine.clock.instant()));

        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        assertThat(r.json().get("result").asText()).isIn("ignored", "applied");
        assertThat(calls.events().lastSequence()).isEqualTo(sequence);
        assertThat(calls.get(call.id(), UserRef.of("acme", "alice"))).isEqualTo(call);
        assertThat(meetingsByUser()).isEqualTo(meetingsByUser);
    }

    private static Probe webhook(byte[] body, String... headers) {
        return new Probe("POST", "/webhooks/jaas", null, "application/json", body, headers);
    }

    /** Meetings that cannot be scheduled, read, joined or cancelled; room tokens that cannot be had. */
    private static void meetingProbes(List<Probe> p) {
        String soon = "\"startsAt\":\"2026-01-05T10:00:00Z\",\"endsAt\":\"2026-01-05T11:00:00Z\"";
        for (String body : List.of("{}", "{" + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"   \"," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"" + "t".repeat(1001) + "\"," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"" + "t".repeat(201) + "\"," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"a\\u0007b\"," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"a\\ud800b\"," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":5," + soon + ",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"tomorrow\",\"endsAt\":\"2026-01-05T11:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":1767607200,\"endsAt\":\"2026-01-05T11:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"2026-01-05T10:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"2026-01-05T11:00:00Z\",\"endsAt\":\"2026-01-05T10:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"2020-01-05T10:00:00Z\",\"endsAt\":\"2020-01-05T11:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"2026-01-05T10:00:00Z\",\"endsAt\":\"2026-01-06T10:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\",\"startsAt\":\"2028-01-05T10:00:00Z\",\"endsAt\":\"2028-01-05T11:00:00Z\",\"inviteeIds\":[\"bob\"]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":\"bob\"}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"alice\"]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[{}]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"gina\"]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"bob\",\"nobody\"]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[" + String.join(",",
                        java.util.stream.IntStream.range(0, 20).mapToObj(i -> "\"u" + i + "\"").toList()) + "]}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"bob\"],\"type\":\"hologram\"}",
                "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"bob\"]} {}")) {
            p.add(Probe.json("POST", "/meetings", ALICE, body));
        }
        p.add(new Probe("POST", "/meetings", ALICE, "text/plain", ("{\"title\":\"t\"," + soon
                + ",\"inviteeIds\":[\"bob\"]}").getBytes(StandardCharsets.UTF_8)));
        p.add(Probe.json("POST", "/meetings", null, "{\"title\":\"t\"," + soon + ",\"inviteeIds\":[\"bob\"]}"));
        for (String query : List.of("limit=0", "limit=101", "limit=abc")) {
            p.add(Probe.get("/meetings?" + query));
        }
        for (String path : List.of("/meetings/not-a-uuid", "/meetings/" + java.util.UUID.randomUUID(),
                "/meetings/{meeting}/nope", "/meetings/{meeting}/join", "/meetings/{meeting}/invite.ics/x",
                "/embed/meetings/" + java.util.UUID.randomUUID(), "/embed/meetings/{meeting}x")) {
            p.add(Probe.get(path));
        }
        p.add(new Probe("GET", "/meetings/{meeting}", "acme/carol", null, null));
        p.add(new Probe("GET", "/meetings/{meeting}/invite.ics", "globex/gina", null, null));
        p.add(new Probe("GET", "/embed/meetings/{meeting}", "acme/carol", null, null));
        p.add(new Probe("DELETE", "/meetings/{meeting}", BOB, null, null, "X-Requested-With", "test"));
        p.add(new Probe("DELETE", "/meetings/{meeting}", ALICE, null, null));
        p.add(new Probe("DELETE", "/meetings/{meeting}", "acme/carol", null, null, "X-Requested-With", "test"));
        p.add(Probe.json("PUT", "/meetings/{meeting}", ALICE, "{\"title\":\"changed\"}"));
        for (String body : List.of("{}", "{\"roomName\":\"Team Room\"}", "{\"roomName\":\"../../etc\"}",
                "{\"roomName\":\"" + "r".repeat(65) + "\"}", "{\"roomName\":[\"a\"]}", "{\"roomName\":\"team-room\"}",
                "{\"roomName\":\"calls-abc\"}")) {
            p.add(Probe.json("POST", "/rooms/token", ALICE, body));
        }
    }

    private static String abbreviate(Probe probe) {
        String body = probe.body() == null ? "" : new String(probe.body(), StandardCharsets.UTF_8);
        String text = probe.path() + " " + probe.contentType() + " " + body;
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void hostileRequestThenProblemAndNothingChanged(String name, Probe probe) {
        String path = probe.path().replace("{id}", call.id().toString()).replace("{meeting}", meeting.id().toString());
        List<String> headers = new ArrayList<>(List.of(probe.headers()));
        if (probe.contentType() != null) {
            headers.add("Content-Type");
            headers.add(probe.contentType());
        }

        Res r = api.raw(probe.method(), path, probe.user(), probe.body(), headers.toArray(String[]::new));

        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asText()).matches("[a-z_]+");
        assertThat(calls.events().lastSequence()).isEqualTo(sequence);
        assertThat(calls.get(call.id(), UserRef.of("acme", "alice"))).isEqualTo(call);
        assertThat(calls.activeCalls(UserRef.of("acme", "carol"))).isEmpty();
        assertThat(presence("alice")).isEqualTo(alicePresence);
        assertThat(server.transport.subscriberCount()).isZero();
        assertThat(meetingsByUser()).isEqualTo(meetingsByUser);
    }
}
