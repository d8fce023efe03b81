package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guests and the waiting room over HTTP on the servlet example, on a self-hosted Jitsi with HS256 tokens: a host
 * schedules a meeting with a waiting room and invites a guest; the guest, with no account and no cookie, waits;
 * the host admits; the guest's token is a non-moderator one for the meeting's room in the guest's name. Revoked,
 * forged and expired passes are one 404; outside the join window the guest is refused; a guest call is in the
 * host's history.
 */
class GuestsTest {
    static final String SECRET = "example-app-secret-0123456789abcdef";

    private final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    private final ManualScheduler timers = new ManualScheduler(clock);
    private RunningApp app;
    private Browser host;
    private Browser guest;

    @BeforeEach
    void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of(
                "calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example", "calls.jitsi.app-secret", SECRET,
                "calls.guests.secret", "guest-pass-secret-for-the-example-tests")))
                .engine(b -> b.clock(clock).scheduler(timers)));
        host = Browser.basic(app, "testuser4");
        guest = Browser.anonymous(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode meeting(Instant start) {
        HttpResponse<String> r = host.postJson("/api/calls/meetings", "{\"title\":\"Consultation\",\"startsAt\":\""
                + start + "\",\"endsAt\":\"" + start.plus(Duration.ofMinutes(45))
                + "\",\"inviteeIds\":[\"calluser8\"],\"waitingRoom\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.json(r);
    }

    private JsonNode invite(String path, String name) {
        HttpResponse<String> r = host.postJson(path, "{\"name\":\"" + name + "\",\"email\":\"ann@example.org\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.json(r);
    }

    /** The guest's path below the application, from the absolute link the host got. */
    private String path(JsonNode pass) {
        URI url = URI.create(pass.get("url").asText());
        assertThat(url.getPort()).isEqualTo(app.uri().getPort());
        return url.getPath();
    }

    private static JsonNode claims(String jwt) throws Exception {
        return Browser.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void waitingRoomThenGuestWaitsHostAdmitsAndGuestGetsANonModeratorTokenForTheRoomInTheirName() throws Exception {
        JsonNode m = meeting(clock.instant().plus(Duration.ofMinutes(30)));
        String room = m.get("room").asText();
        JsonNode pass = invite("/api/calls/meetings/" + m.get("id").asText() + "/guests", "Ann Client");
        assertThat(pass.get("expiresAt").asText()).isEqualTo(m.get("endsAt").asText());
        String link = path(pass);

        HttpResponse<String> page = guest.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Consultation").doesNotContain(room);
        HttpResponse<String> early = guest.postJson(link + "/knock", "{}");
        assertThat(early.statusCode()).as("outside the join window").isEqualTo(403);
        assertThat(guest.json(early).get("code").asText()).isEqualTo("outside_join_window");

        clock.advance(Duration.ofMinutes(25));
        HttpResponse<String> knock = guest.postJson(link + "/knock", "{}");
        assertThat(guest.json(knock).get("status").asText()).isEqualTo("waiting_for_host");
        assertThat(knock.body()).doesNotContain(room);
        assertThat(guest.get(link + "/join").statusCode()).isEqualTo(403);

        assertThat(host.get("/api/calls/meetings/" + m.get("id").asText() + "/join").statusCode()).isEqualTo(200);
        assertThat(guest.json(guest.get(link + "/state")).get("status").asText()).isEqualTo("waiting");
        JsonNode events = host.json(host.get("/api/calls/events?after=0"));
        assertThat(events.toString()).contains("guest.waiting").contains("Ann Client");
        HttpResponse<String> admit = host.postJson("/api/calls/meetings/" + m.get("id").asText() + "/guests/"
                + pass.get("id").asText() + "/admit", "{}");
        assertThat(admit.statusCode()).as(admit.body()).isEqualTo(200);

        HttpResponse<String> joined = guest.get(link + "/join");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        JsonNode join = guest.json(joined).get("join");
        assertThat(join.get("room").asText()).isEqualTo(room);
        String jwt = join.get("jwt").asText();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(MessageDigest.isEqual(mac.doFinal(jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII)),
                Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1)))).isTrue();
        JsonNode claims = claims(jwt);
        assertThat(claims.get("room").asText()).isEqualTo(room);
        assertThat(claims.at("/context/user/name").asText()).isEqualTo("Ann Client");
        assertThat(claims.at("/context/user/id").asText()).startsWith("guest:").doesNotContain("testuser4");
        assertThat(claims.at("/context/user/moderator").asText()).isEqualTo("false");
        assertThat(claims.get("exp").asLong()).isLessThanOrEqualTo(Instant.parse(m.get("endsAt").asText()).getEpochSecond());
    }

    @Test
    void revokedForgedOrExpiredPassThenOneNotFoundProblem() {
        JsonNode m = meeting(clock.instant().plus(Duration.ofMinutes(5)));
        String meetingGuests = "/api/calls/meetings/" + m.get("id").asText() + "/guests";
        JsonNode revoked = invite(meetingGuests, "Rita Revoked");
        JsonNode kept = invite(meetingGuests, "Kim Kept");
        String link = path(kept);
        String forged = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");

        HttpResponse<String> del = host.send("DELETE", meetingGuests + "/" + revoked.get("id").asText(),
                java.net.http.HttpRequest.BodyPublishers.noBody(), "X-Requested-With", "test");
        assertThat(del.statusCode()).isEqualTo(204);
        assertThat(guest.json(guest.get(link + "/state")).get("status").asText()).isEqualTo("invited");

        clock.advance(Duration.ofMinutes(50)); // past the meeting's end
        for (String bad : new String[] {path(revoked), forged, link}) {
            HttpResponse<String> r = guest.get(bad + "/state");
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(guest.json(r).get("code").asText()).isEqualTo("not_found");
            assertThat(guest.json(r).get("detail").asText()).isEqualTo("no such guest pass");
        }
    }

    @Test
    void guestCallThenTheGuestJoinsAsExternalParticipantAndIsInTheHostsHistory() {
        HttpResponse<String> r = host.postJson("/api/calls/guest-calls", "{\"name\":\"Carla Customer\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode call = host.json(r);
        String link = path(call.get("guest"));

        assertThat(guest.json(guest.postJson(link + "/knock", "{}")).get("status").asText()).isEqualTo("admitted");
        HttpResponse<String> joined = guest.get(link + "/join");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(host.json(host.get("/api/calls/" + call.get("id").asText())).get("state").asText()).isEqualTo("active");
        assertThat(guest.postJson(link + "/leave", "{}").statusCode()).isEqualTo(200);

        JsonNode history = host.json(host.get("/api/calls/history"));
        JsonNode row = history.get("items").get(0);
        assertThat(row.get("id").asText()).isEqualTo(call.get("id").asText());
        assertThat(row.get("state").asText()).isEqualTo("completed");
        JsonNode visitor = row.get("participants").get(1);
        assertThat(visitor.get("name").asText()).isEqualTo("Carla Customer");
        assertThat(visitor.get("role").asText()).isEqualTo("guest-external");
        assertThat(guest.get(link + "/state").statusCode()).as("the call is over").isEqualTo(404);
    }

    @Test
    void meetingsPageThenInviteGuestFormShowsTheLinkOnce() {
        Browser person = Browser.form(app, "testuser4");
        JsonNode m = meeting(clock.instant().plus(Duration.ofHours(2)));
        String page = person.get("/meetings").body();
        assertThat(page).contains("Invite guest").contains("Call a customer as guest").contains("Waiting room");
        String token = person.hidden(page, "token");

        HttpResponse<String> posted = person.postForm("/meetings", Map.of("token", token, "action", "guest",
                "id", m.get("id").asText(), "guestName", "Gail Guest", "guestEmail", ""));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);

        String shown = person.get("/meetings").body();
        assertThat(shown).contains("Guest link for Gail Guest").contains("/api/calls/guest/");
        assertThat(person.get("/meetings").body()).doesNotContain("Guest link for");
        JsonNode listed = host.json(host.get("/api/calls/meetings/" + m.get("id").asText() + "/guests"));
        assertThat(listed.get("items").get(0).get("name").asText()).isEqualTo("Gail Guest");
    }
}
