package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.Call;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.SseClient;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant administrator's routes: dave administers acme; to everyone else they do not exist. */
class AdminRoutesTest {
    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer(b -> b.adminPolicy(u -> u.equals(UserRef.of("acme", "dave"))), o -> o, "", c -> { });
        api = server.api;
        server.engine.online("alice", "bob", "carol", "erin");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Call answeredCall(String from, String to, Duration talk) {
        Call call = server.engine.calls.start(UserRef.of("acme", from), List.of(to), MediaType.VIDEO);
        server.engine.clock.advance(Duration.ofMillis(2_500));
        server.engine.calls.accept(call.id(), UserRef.of("acme", to));
        server.engine.clock.advance(talk);
        return call;
    }

    @Test
    void eventStreamWhenAdminThenEveryCallEventOfTheTenantLiveAndResumedAfterADrop() throws InterruptedException {
        try (SseClient admin = SseClient.at(api, "acme/dave", "/admin/events")) {
            SseClient.Frame opened = admin.next(Duration.ofSeconds(5));
            assertThat(opened.retry()).isNotNull();

            server.engine.users.add("globex", "gus", "Gus Gray");
            server.engine.calls.presence().heartbeat(UserRef.of("globex", "gus"));
            Call call = server.engine.calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO);
            server.engine.calls.start(UserRef.of("globex", "gina"), List.of("gus"), MediaType.VIDEO);
            server.engine.calls.accept(call.id(), UserRef.of("acme", "bob"));

            SseClient.Frame ringing = admin.awaitEvent("call.ringing");
            assertThat(ringing.json().at("/call/id").asText()).as("a call dave takes no part in").isEqualTo(call.id().toString());
            SseClient.Frame answered = admin.awaitEvent("call.accepted");
            assertThat(answered.json().at("/call/state").asText()).isEqualTo("active");
            assertThat(admin.nextEvent(Duration.ofMillis(300))).as("nothing of another tenant, no presence").isNull();

            server.engine.calls.end(call.id(), UserRef.of("acme", "alice"));
            try (SseClient resumed = SseClient.at(api, "acme/dave", "/admin/events", "Last-Event-ID", answered.id())) {
                SseClient.Frame ended = resumed.awaitEvent("call.ended");
                assertThat(ended.json().at("/call/id").asText()).isEqualTo(call.id().toString());
                assertThat(Long.parseLong(ended.id())).isGreaterThan(Long.parseLong(answered.id()));
            }
        }
    }

    @Test
    void eventStreamWhenNotAdminThenNotFound() {
        Res r = api.send(api.request("acme/alice", "/admin/events").header("Accept", "text/event-stream").GET());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("not_found");
    }

    @Test
    void statsWhenAdminThenOutcomesPercentilesAndSeriesOfTheTenant() {
        Call talked = answeredCall("alice", "bob", Duration.ofSeconds(90));
        server.engine.calls.end(talked.id(), UserRef.of("acme", "alice"));
        Call unanswered = server.engine.calls.start(UserRef.of("acme", "carol"), List.of("erin"), MediaType.AUDIO);
        server.engine.advance(Duration.ofSeconds(30));
        String from = talked.createdAt().minus(Duration.ofHours(1)).toString();
        String to = server.engine.clock.instant().plusSeconds(1).toString();

        JsonNode s = api.get("acme/dave", "/admin/stats?bucket=hour&from=" + from + "&to=" + to).json();

        assertThat(s.get("calls").asLong()).isEqualTo(2);
        assertThat(s.get("answered").asLong()).isEqualTo(1);
        assertThat(s.get("answerRate").asDouble()).isEqualTo(0.5);
        assertThat(s.get("byState").get("missed").asLong()).isEqualTo(1);
        assertThat(s.get("byEndReason").get("hung_up").asLong()).isEqualTo(1);
        assertThat(s.get("timeToAnswer").get("p50Seconds").asDouble()).isEqualTo(2.5);
        assertThat(s.get("duration").get("meanSeconds").asDouble()).isEqualTo(90.0);
        assertThat(s.get("missedByUser").get(0).get("userId").asText()).isEqualTo("erin");
        assertThat(s.get("missedByUser").get(0).get("missed").asLong()).isEqualTo(1);
        assertThat(s.get("peakConcurrent").asLong()).isEqualTo(1);
        assertThat(s.get("bucket").asText()).isEqualTo("hour");
        assertThat(s.get("series")).hasSize(2);
        assertThat(unanswered.id()).isNotNull();
    }

    @Test
    void statsWhenBadFromToOrBucketThenInvalidRequestProblems() {
        Res badBucket = api.get("acme/dave", "/admin/stats?bucket=week");
        Res badFrom = api.get("acme/dave", "/admin/stats?from=yesterday");
        Res reversed = api.get("acme/dave", "/admin/stats?from=2026-01-05T10:00:00Z&to=2026-01-05T09:00:00Z");
        Res tooLong = api.get("acme/dave", "/admin/stats?bucket=hour&from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        for (Res r : List.of(badBucket, badFrom, reversed, tooLong)) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.code()).isEqualTo("invalid_request");
        }
        assertThat(badBucket.json().get("detail").asText()).contains("bucket");
        assertThat(badFrom.json().get("detail").asText()).contains("from");
        assertThat(reversed.json().get("detail").asText()).contains("before");
    }

    @Test
    void activeCallsAndEventsWhenAdminThenEveryLiveCallOfTheTenantWithItsParticipants() {
        Call live = answeredCall("alice", "bob", Duration.ofSeconds(5));
        server.engine.calls.reportInRoom(live.id(), UserRef.of("acme", "bob"), true);

        JsonNode active = api.get("acme/dave", "/admin/calls/active").json();
        JsonNode events = api.get("acme/dave", "/admin/events?after=0").json();
        JsonNode none = api.get("acme/dave", "/admin/events?after=" + events.get("lastEventId").asLong()).json();
        JsonNode end = api.get("acme/dave", "/admin/events").json();

        assertThat(active.get("calls")).hasSize(1);
        assertThat(active.get("calls").get(0).get("id").asText()).isEqualTo(live.id().toString());
        assertThat(active.get("calls").get(0).get("participants").get(1).get("inRoom").asBoolean()).isTrue();
        assertThat(events.get("events")).extracting(e -> e.get("type").asText())
                .contains("call.ringing", "call.accepted", "participant.joined");
        assertThat(none.get("events")).isEmpty();
        assertThat(end.get("events")).isEmpty();
        assertThat(end.get("lastEventId").asLong()).isEqualTo(server.engine.calls.events().lastSequence());
        assertThat(api.get("acme/bob", "/admin/events").code()).isEqualTo("not_found");
    }

    @Test
    void adminModuleThenServedWithoutSignInOnTheClientsTransport() {
        Api.Res r = api.get(null, "/admin.js");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/javascript");
        assertThat(r.body()).contains("import { PAGE } from './client/api.js';").contains("export function adminApi(transport = PAGE)")
                .contains("export function mountAdminView(").contains("admin/calls/active");
    }

    @Test
    void endWhenAdminThenEndedByAdminAndInTheParticipantsHistory() {
        Call live = answeredCall("alice", "bob", Duration.ofSeconds(5));

        Res ended = api.post("acme/dave", "/admin/calls/" + live.id() + "/end", null);
        Res again = api.post("acme/dave", "/admin/calls/" + live.id() + "/end", null);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("state").asText()).isEqualTo("completed");
        assertThat(ended.json().get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(again.json()).isEqualTo(ended.json());
        JsonNode history = api.get("acme/bob", "/history").json();
        assertThat(history.get("items").get(0).get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(api.get("acme/alice", "/active").json().get("items")).isEmpty();
    }

    @Test
    void adminRoutesWhenNotAdminThenNotFoundLikeAnyUnknownPath() {
        Call live = answeredCall("alice", "bob", Duration.ofSeconds(5));

        for (Res r : List.of(api.get("acme/alice", "/admin/stats"), api.get("acme/bob", "/admin/calls/active"),
                api.get("globex/gina", "/admin/events"),
                api.post("acme/alice", "/admin/calls/" + live.id() + "/end", null),
                api.post("acme/dave", "/admin/calls/00000000-0000-4000-8000-000000000000/end", null))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("not_found");
        }
        assertThat(server.engine.calls.get(live.id(), UserRef.of("acme", "alice")).state().wire()).isEqualTo("active");
    }
}
