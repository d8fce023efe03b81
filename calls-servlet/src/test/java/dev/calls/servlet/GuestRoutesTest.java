package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Guest passes and the waiting room over HTTP: hosts' routes, the anonymous guest routes, their limits. */
class GuestRoutesTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";

    private final TestServer server = new TestServer(b -> b.guestSecret("guest-routes-test-secret-0123456789"),
            o -> o, "", c -> { });

    @AfterEach
    void stop() {
        server.close();
    }

    private String meeting(boolean waitingRoom) {
        Instant start = server.engine.clock.instant().plus(Duration.ofMinutes(30));
        Res r = server.api.post(ALICE, "/meetings", "{\"title\":\"Consultation\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plus(Duration.ofMinutes(30)) + "\",\"inviteeIds\":[\"bob\"],"
                + "\"waitingRoom\":" + waitingRoom + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("waitingRoom").asBoolean()).isEqualTo(waitingRoom);
        return r.json().get("id").asText();
    }

    private JsonNode invite(String path) {
        Res r = server.api.post(ALICE, path, "{\"name\":\"Ann Client\",\"email\":\"ann@example.org\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        return r.json();
    }

    private static String pass(JsonNode guest) {
        String url = guest.get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void meetingGuestWaitsHostAdmitsThenGuestGetsNonModeratorJoinAndNoRoomBefore() throws Exception {
        String id = meeting(true);
        JsonNode guest = invite("/meetings/" + id + "/guests");
        String origin = "http://127.0.0.1:" + server.root.getPort();
        assertThat(guest.get("url").asText()).startsWith(origin + "/api/calls/guest/");
        assertThat(guest.get("expiresAt").asText()).isNotBlank();
        String pass = pass(guest);
        String room = server.api.get(ALICE, "/meetings/" + id).json().get("room").asText();

        Res page = server.api.get(null, "/guest/" + pass);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Consultation").doesNotContain(room);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'nonce-");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        Res state = server.api.get(null, "/guest/" + pass + "/state");
        assertThat(state.json().get("status").asText()).isEqualTo("not_open");
        Res early = server.api.post(null, "/guest/" + pass + "/knock", "{}");
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.code()).isEqualTo("outside_join_window");

        server.engine.clock.advance(Duration.ofMinutes(25));
        Res knock = server.api.post(null, "/guest/" + pass + "/knock", "{\"name\":\"Ann C.\"}");
        assertThat(knock.status()).as(knock.toString()).isEqualTo(200);
        assertThat(knock.json().get("status").asText()).isEqualTo("waiting_for_host");
        assertThat(knock.body()).doesNotContain(room);
        Res notYet = server.api.get(null, "/guest/" + pass + "/join");
        assertThat(notYet.status()).isEqualTo(403);
        assertThat(notYet.code()).isEqualTo("not_permitted");
        assertThat(notYet.body()).doesNotContain(room);

        Res list = server.api.get(ALICE, "/meetings/" + id + "/guests");
        assertThat(list.json().get("items").get(0).get("state").asText()).isEqualTo("waiting");
        assertThat(list.json().get("items").get(0).has("url")).isFalse();
        assertThat(server.api.get(BOB, "/meetings/" + id + "/guests").status()).isEqualTo(403);
        Res admit = server.api.post(ALICE, "/meetings/" + id + "/guests/" + guest.get("id").asText() + "/admit", null);
        assertThat(admit.status()).isEqualTo(200);
        assertThat(admit.json().get("state").asText()).isEqualTo("admitted");

        Res join = server.api.get(null, "/guest/" + pass + "/join");
        assertThat(join.status()).as(join.toString()).isEqualTo(200);
        assertThat(join.json().at("/join/room").asText()).isEqualTo(room);
        assertThat(join.json().at("/guest/name").asText()).isEqualTo("Ann C.");
        assertThat(join.header("Cache-Control")).isEqualTo("no-store");
        Res left = server.api.post(null, "/guest/" + pass + "/leave", null);
        assertThat(left.status()).isEqualTo(200);
    }

    @Test
    void forgedRevokedOrUnknownPassThenOneNotFoundProblemAndAPageForBrowsers() {
        String id = meeting(false);
        JsonNode guest = invite("/meetings/" + id + "/guests");
        String pass = pass(guest);
        String forged = pass.substring(0, pass.length() - 2) + (pass.endsWith("AA") ? "BB" : "AA");
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[18]) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        Res revoke = server.api.raw("DELETE", "/meetings/" + id + "/guests/" + guest.get("id").asText(), ALICE, null,
                "X-Requested-With", "test");
        assertThat(revoke.status()).isEqualTo(204);

        for (String bad : new String[] {pass, forged, made, "nope"}) {
            Res r = server.api.get(null, "/guest/" + bad + "/state");
            assertThat(r.status()).as(bad).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.code()).isEqualTo("not_found");
            assertThat(r.json().get("detail").asText()).isEqualTo("no such guest pass");
        }
        Res page = server.api.raw("GET", "/guest/" + forged, null, null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void guestCallThenGuestIsAnExternalParticipantAndDeniedGuestCannotJoin() {
        server.engine.online("alice");
        Res r = server.api.post(ALICE, "/guest-calls", "{\"name\":\"Ann Client\",\"type\":\"audio\",\"waitingRoom\":true}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode call = r.json();
        String callId = call.get("id").asText();
        assertThat(call.get("participants").get(1).get("role").asText()).isEqualTo("guest-external");
        assertThat(call.get("participants").get(1).get("name").asText()).isEqualTo("Ann Client");
        assertThat(call.at("/join/room").asText()).isEqualTo(call.get("room").asText());
        String pass = pass(call.get("guest"));

        assertThat(server.api.post(null, "/guest/" + pass + "/knock", null).json().get("status").asText())
                .isEqualTo("waiting");
        Res listed = server.api.get(ALICE, "/" + callId + "/guests");
        assertThat(listed.json().get("items")).hasSize(1);
        Res deny = server.api.post(ALICE, "/" + callId + "/guests/" + call.at("/guest/id").asText() + "/deny", null);
        assertThat(deny.json().get("state").asText()).isEqualTo("denied");

        Res state = server.api.get(null, "/guest/" + pass + "/state");
        assertThat(state.json().get("status").asText()).isEqualTo("denied");
        assertThat(state.body()).doesNotContain(call.get("room").asText());
        assertThat(server.api.get(null, "/guest/" + pass + "/join").status()).isEqualTo(403);
    }

    @Test
    void guestInvitedIntoACallThenAdmittedAtOnceAndJoinsItAsParticipant() {
        server.engine.online("alice", "bob");
        Res started = server.api.post(ALICE, "/", "{\"recipientIds\":[\"bob\"],\"type\":\"video\"}");
        String callId = started.json().get("id").asText();
        server.api.post(BOB, "/" + callId + "/accept", null);

        JsonNode guest = invite("/" + callId + "/guests");
        assertThat(server.api.post(BOB, "/" + callId + "/guests", "{\"name\":\"Eve\"}").status()).isEqualTo(403);
        String pass = pass(guest);
        assertThat(server.api.post(null, "/guest/" + pass + "/knock", null).json().get("status").asText())
                .isEqualTo("admitted");
        Res join = server.api.get(null, "/guest/" + pass + "/join");
        assertThat(join.status()).isEqualTo(200);

        JsonNode call = server.api.get(BOB, "/" + callId).json();
        assertThat(call.get("participants")).hasSize(3);
        assertThat(call.get("participants").get(2).get("state").asText()).isEqualTo("joined");
        assertThat(call.get("participants").get(2).get("userId").asText()).isEqualTo(join.json().get("participantId").asText());
        Res admitAgain = server.api.post(ALICE, "/" + callId + "/guests/" + guest.get("id").asText() + "/admit", null);
        assertThat(admitAgain.status()).isEqualTo(200);
        Res revoke = server.api.raw("DELETE", "/" + callId + "/guests/" + guest.get("id").asText(), ALICE, null,
                "X-Requested-With", "test");
        assertThat(revoke.status()).isEqualTo(204);
    }

    @Test
    void tooManyRequestsForOnePassThenRateLimitedWithRetryAfter() {
        String id = meeting(false);
        String pass = pass(invite("/meetings/" + id + "/guests"));

        Res last = null;
        for (int i = 0; i < 61; i++) {
            last = server.api.get(null, "/guest/" + pass + "/state");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.code()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    }

    @Test
    void badGuestRequestsThenProblemsNotServerErrors() {
        String id = meeting(false);
        assertThat(server.api.post(ALICE, "/meetings/" + id + "/guests", "{\"name\":\"\"}").code())
                .isEqualTo("invalid_request");
        assertThat(server.api.post(ALICE, "/meetings/" + id + "/guests", "{\"name\":7}").status()).isEqualTo(400);
        assertThat(server.api.post(ALICE, "/meetings/" + id + "/guests", "{\"name\":\"A\",\"email\":\"x\"}").code())
                .isEqualTo("invalid_request");
        assertThat(server.api.post(ALICE, "/meetings/not-a-uuid/guests", "{\"name\":\"A\"}").status()).isEqualTo(404);
        assertThat(server.api.post(ALICE, "/meetings/" + id + "/guests/not-a-uuid/admit", null).status()).isEqualTo(404);
        assertThat(server.api.post(null, "/meetings/" + id + "/guests", "{\"name\":\"A\"}").status()).isEqualTo(401);
        Res noHeader = server.api.raw("POST", "/guest/abc/knock", null, null);
        assertThat(noHeader.status()).isEqualTo(403);
    }
}
