package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** One hostile request; {@code {id}} in the path is the existing call. */
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
        server = new TestServer();
        api = server.api;
        calls = server.engine.calls;
        server.engine.online("alice", "bob", "carol");
        call = calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO);
        sequence = calls.callStore().lastSequence();
        alicePresence = presence("alice");
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
        return p.stream().map(probe -> Arguments.of(probe.method() + " " + abbreviate(probe), probe));
    }

    private static String abbreviate(Probe probe) {
        String body = probe.body() == null ? "" : new String(probe.body(), StandardCharsets.UTF_8);
        String text = probe.path() + " " + probe.contentType() + " " + body;
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void hostileRequestThenProblemAndNothingChanged(String name, Probe probe) {
        String path = probe.path().replace("{id}", call.id().toString());
        List<String> headers = new ArrayList<>(List.of(probe.headers()));
        if (probe.contentType() != null) {
            headers.add("Content-Type");
            headers.add(probe.contentType());
        }

        Res r = api.raw(probe.method(), path, probe.user(), probe.body(), headers.toArray(String[]::new));

        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asText()).matches("[a-z_]+");
        assertThat(calls.callStore().lastSequence()).isEqualTo(sequence);
        assertThat(calls.get(call.id(), UserRef.of("acme", "alice"))).isEqualTo(call);
        assertThat(calls.activeCalls(UserRef.of("acme", "carol"))).isEmpty();
        assertThat(presence("alice")).isEqualTo(alicePresence);
        assertThat(server.transport.subscriberCount()).isZero();
    }
}
