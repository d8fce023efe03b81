package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scheduling, reading, listing, cancelling and joining meetings over HTTP, on a clock the test moves. */
class MeetingRoutesTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Instant now() {
        return server.engine.clock.instant();
    }

    static String request(String title, Instant start, Instant end, String type, String... invitees) {
        StringBuilder ids = new StringBuilder();
        for (String id : invitees) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(id).append('"');
        }
        return "{\"title\":" + quote(title) + ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end
                + "\",\"inviteeIds\":[" + ids + "]" + (type == null ? "" : ",\"type\":\"" + type + "\"") + "}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private JsonNode schedule(String host, Instant start, Instant end, String... invitees) {
        Res r = server.api.post(host, "/meetings", request("Weekly review", start, end, "video", invitees));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createThenCreatedWithLocationNamesAndLinks() {
        Instant start = now().plus(Duration.ofHours(2));
        Instant end = start.plus(Duration.ofMinutes(45));

        Res r = server.api.post(ALICE, "/meetings", request("Design review", start, end, "audio", "bob", "carol"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode m = r.json();
        String id = m.get("id").asText();
        assertThat(r.header("Location")).isEqualTo("/api/calls/meetings/" + id);
        assertThat(m.get("title").asText()).isEqualTo("Design review");
        assertThat(m.get("host").get("userId").asText()).isEqualTo("alice");
        assertThat(m.get("host").get("name").asText()).isEqualTo("Alice Adams");
        assertThat(m.get("invitees").findValuesAsText("name")).containsExactly("Bob Brown", "Carol Chen");
        assertThat(m.get("type").asText()).isEqualTo("audio");
        assertThat(Instant.parse(m.get("startsAt").asText())).isEqualTo(start);
        assertThat(Instant.parse(m.get("endsAt").asText())).isEqualTo(end);
        assertThat(Instant.parse(m.get("opensAt").asText())).isEqualTo(start.minus(Duration.ofMinutes(10)));
        assertThat(m.get("room").asText()).matches("calls-[a-z0-9-]+");
        String origin = "http://127.0.0.1:" + server.root.getPort();
        assertThat(m.get("joinUrl").asText()).isEqualTo(origin + "/api/calls/embed/meetings/" + id);
        assertThat(m.get("inviteUrl").asText()).isEqualTo(origin + "/api/calls/meetings/" + id + "/invite.ics");
    }

    @Test
    void createWithoutTypeThenVideoAndTitleMayHaveLines() {
        Instant start = now().plus(Duration.ofHours(1));

        Res r = server.api.post(ALICE, "/meetings", request("Review\nbring notes", start, start.plusSeconds(1800), null,
                "bob"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("type").asText()).isEqualTo("video");
        assertThat(r.json().get("title").asText()).isEqualTo("Review\nbring notes");
    }

    @Test
    void createEndingBeforeItStartsThenInvalidRequestNamingTheField() {
        Instant start = now().plus(Duration.ofHours(1));

        Res r = server.api.post(ALICE, "/meetings", request("Backwards", start, start.minusSeconds(60), null, "bob"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(r.json().get("detail").asText()).contains("endsAt");
        assertThat(server.engine.calls.meetings().upcoming(dev.calls.UserRef.of("acme", "alice"), 10)).isEmpty();
    }

    @Test
    void createInvitingUserOfAnotherOrganizationThenNotFound() {
        Instant start = now().plus(Duration.ofHours(1));

        Res r = server.api.post(ALICE, "/meetings", request("Cross", start, start.plusSeconds(600), null, "gina"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("not_found");
    }

    @Test
    void updateByTheHostThenChangedWithTheSameRoomAndByAnInviteeForbidden() {
        Instant start = now().plus(Duration.ofHours(2));
        JsonNode m = schedule(ALICE, start, start.plus(Duration.ofMinutes(30)), "bob");
        String path = "/meetings/" + m.get("id").asText();
        Instant later = start.plus(Duration.ofDays(1));

        Res changed = server.api.put(ALICE, path, request("Weekly review, moved", later, later.plus(Duration.ofHours(1)),
                "audio", "carol"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("title").asText()).isEqualTo("Weekly review, moved");
        assertThat(changed.json().get("room").asText()).isEqualTo(m.get("room").asText());
        assertThat(Instant.parse(changed.json().get("startsAt").asText())).isEqualTo(later);
        assertThat(changed.json().get("invitees").findValuesAsText("userId")).containsExactly("carol");
        assertThat(server.api.get(BOB, path).status()).isEqualTo(404);
        Res refused = server.api.put("acme/carol", path, request("Mine now", later, later.plusSeconds(600), null,
                "carol"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("forbidden");
        Res backwards = server.api.put(ALICE, path, request("Backwards", later, later.minusSeconds(60), null, "carol"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("invalid_request");
    }

    @Test
    void getAsInviteeThenTheMeetingAndAsOutsiderThenNotFound() {
        String id = schedule(ALICE, now().plus(Duration.ofHours(1)), now().plus(Duration.ofHours(2)), "bob")
                .get("id").asText();

        Res invitee = server.api.get(BOB, "/meetings/" + id);
        Res outsider = server.api.get("acme/carol", "/meetings/" + id);

        assertThat(invitee.status()).isEqualTo(200);
        assertThat(invitee.json().get("id").asText()).isEqualTo(id);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.body()).doesNotContain("Weekly review");
    }

    @Test
    void upcomingThenTheCallersMeetingsSoonestFirstUntilTheyEnd() {
        Instant t = now();
        String later = schedule(ALICE, t.plus(Duration.ofHours(5)), t.plus(Duration.ofHours(6)), "bob").get("id").asText();
        String sooner = schedule(BOB, t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(2)), "alice").get("id").asText();
        schedule("acme/carol", t.plus(Duration.ofHours(3)), t.plus(Duration.ofHours(4)), "dave");

        List<String> before = ids(server.api.get(ALICE, "/meetings").json());
        server.engine.clock.advance(Duration.ofHours(2));
        List<String> after = ids(server.api.get(ALICE, "/meetings").json());

        assertThat(before).containsExactly(sooner, later);
        assertThat(after).containsExactly(later);
        assertThat(ids(server.api.get(ALICE, "/meetings?limit=1").json())).hasSize(1);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    @Test
    void cancelByHostThenNoContentAndGoneForEveryone() {
        String id = schedule(ALICE, now().plus(Duration.ofHours(1)), now().plus(Duration.ofHours(2)), "bob")
                .get("id").asText();

        Res r = server.api.raw("DELETE", "/meetings/" + id, ALICE, null, "X-Requested-With", "test");

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(server.api.get(BOB, "/meetings/" + id).status()).isEqualTo(404);
        assertThat(ids(server.api.get(BOB, "/meetings").json())).isEmpty();
    }

    @Test
    void cancelByInviteeThenForbiddenAndTheMeetingStays() {
        String id = schedule(ALICE, now().plus(Duration.ofHours(1)), now().plus(Duration.ofHours(2)), "bob")
                .get("id").asText();

        Res r = server.api.raw("DELETE", "/meetings/" + id, BOB, null, "X-Requested-With", "test");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
        assertThat(server.api.get(ALICE, "/meetings/" + id).status()).isEqualTo(200);
    }

    @Test
    void cancelWithoutCsrfHeaderThenForbiddenAndTheMeetingStays() {
        String id = schedule(ALICE, now().plus(Duration.ofHours(1)), now().plus(Duration.ofHours(2)), "bob")
                .get("id").asText();

        Res r = server.api.raw("DELETE", "/meetings/" + id, ALICE, null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(server.api.get(ALICE, "/meetings/" + id).status()).isEqualTo(200);
    }

    @Test
    void joinBeforeDuringAndAfterTheWindowThenRefusedAdmittedRefused() {
        Instant start = now().plus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofMinutes(30));
        String id = schedule(ALICE, start, end, "bob").get("id").asText();

        Res early = server.api.get(BOB, "/meetings/" + id + "/join");
        server.engine.clock.set(start.minus(Duration.ofMinutes(10)));
        Res opening = server.api.get(BOB, "/meetings/" + id + "/join");
        server.engine.clock.set(end.minusMillis(1));
        Res lastMoment = server.api.get(BOB, "/meetings/" + id + "/join");
        server.engine.clock.set(end);
        Res late = server.api.get(BOB, "/meetings/" + id + "/join");

        assertThat(early.status()).isEqualTo(403);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.code()).isEqualTo("outside_join_window");
        assertThat(opening.status()).isEqualTo(200);
        assertThat(lastMoment.status()).isEqualTo(200);
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.code()).isEqualTo("outside_join_window");
    }

    @Test
    void joinInsideTheWindowThenExactlyMeetingJoinAndFlags() {
        Instant start = now().plus(Duration.ofMinutes(5));
        String id = schedule(ALICE, start, start.plus(Duration.ofHours(1)), "bob").get("id").asText();

        JsonNode host = server.api.get(ALICE, "/meetings/" + id + "/join").json();
        JsonNode guest = server.api.get(BOB, "/meetings/" + id + "/join").json();

        List<String> keys = new ArrayList<>();
        host.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("meeting", "join", "moderator", "lobby", "waitForHost");
        assertThat(host.get("meeting").get("id").asText()).isEqualTo(id);
        assertThat(host.get("moderator").asBoolean()).isTrue();
        assertThat(guest.get("moderator").asBoolean()).isFalse();
        assertThat(host.get("lobby").asBoolean()).isFalse();
        assertThat(guest.get("waitForHost").asBoolean()).isFalse();
        JsonNode join = guest.get("join");
        assertThat(join.get("provider").asText()).isEqualTo("public");
        assertThat(join.get("domain").asText()).isEqualTo("meet.jit.si");
        assertThat(join.get("room").asText()).isEqualTo(host.get("meeting").get("room").asText());
        assertThat(join.get("scriptUrl").asText()).isEqualTo("https://meet.jit.si/external_api.js");
        assertThat(join.has("url") && join.has("jwt") && join.has("appId") && join.has("expiresAt")).isTrue();
    }
}
