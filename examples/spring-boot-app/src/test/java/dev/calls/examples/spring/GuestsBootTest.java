package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guests and the waiting room over HTTP on the Spring Boot example (a self-hosted Jitsi with HS256 tokens, set by
 * properties only): a meeting with a waiting room, a guest who waits without an account, the host's admission, a
 * non-moderator token for the meeting's room in the guest's name; revoked, forged and expired passes are one 404;
 * outside the join window the guest is refused; a customer called as a guest is in the caller's history.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GuestsBootTest {
    private static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("calls.jitsi.provider", () -> "self-hosted");
        registry.add("calls.jitsi.domain", () -> "meet.example.org");
        registry.add("calls.jitsi.app-id", () -> "crm");
        registry.add("calls.jitsi.app-secret", () -> "crm-app-secret-0123456789abcdef0123");
        registry.add("calls.guests.secret", () -> "crm-guest-pass-secret-0123456789abcdef");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private WebClient host() {
        return WebClient.basic(port, "testuser4", PASSWORD);
    }

    private JsonNode meeting(WebClient host, Instant start) throws Exception {
        HttpResponse<String> r = host.json("POST", "/api/calls/meetings", Map.of("title", "Consultation",
                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofMinutes(45)).toString(),
                "inviteeIds", java.util.List.of("calluser8"), "waitingRoom", true));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return WebClient.tree(r);
    }

    private JsonNode invite(WebClient host, String meetingId, String name) throws Exception {
        HttpResponse<String> r = host.json("POST", "/api/calls/meetings/" + meetingId + "/guests",
                Map.of("name", name, "email", "guest@example.org"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return WebClient.tree(r);
    }

    private static String path(JsonNode pass) {
        return URI.create(pass.get("url").asText()).getPath();
    }

    @Test
    void waitingRoomThenGuestWaitsHostAdmitsAndTheGuestsTokenIsNoModeratorsForTheRoom() throws Exception {
        WebClient host = host();
        WebClient guest = WebClient.browser(port);
        JsonNode m = meeting(host, clock.instant().plus(Duration.ofMinutes(30)));
        String room = m.get("room").asText();
        JsonNode pass = invite(host, m.get("id").asText(), "Ann Client");
        String link = path(pass);

        HttpResponse<String> page = guest.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Consultation").doesNotContain(room);
        HttpResponse<String> early = guest.json("POST", link + "/knock", Map.of());
        assertThat(early.statusCode()).as("outside the join window").isEqualTo(403);

        clock.advance(Duration.ofMinutes(25));
        HttpResponse<String> knock = guest.json("POST", link + "/knock", Map.of());
        assertThat(WebClient.tree(knock).get("status").asText()).isEqualTo("waiting_for_host");
        assertThat(knock.body()).doesNotContain(room);
        assertThat(guest.get(link + "/join").statusCode()).isEqualTo(403);

        HttpResponse<String> admit = host.post("/api/calls/meetings/" + m.get("id").asText() + "/guests/"
                + pass.get("id").asText() + "/admit");
        assertThat(admit.statusCode()).as(admit.body()).isEqualTo(200);
        HttpResponse<String> joined = guest.get(link + "/join");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        JsonNode join = WebClient.tree(joined).get("join");
        assertThat(join.get("room").asText()).isEqualTo(room);
        JsonNode claims = WebClient.JSON.readTree(Base64.getUrlDecoder().decode(join.get("jwt").asText().split("\\.")[1]));
        assertThat(claims.get("room").asText()).isEqualTo(room);
        assertThat(claims.at("/context/user/name").asText()).isEqualTo("Ann Client");
        assertThat(claims.at("/context/user/moderator").asText()).isEqualTo("false");
        assertThat(claims.at("/context/user/id").asText()).startsWith("guest:");
    }

    @Test
    void revokedForgedOrExpiredPassThenOneNotFound() throws Exception {
        WebClient host = host();
        WebClient guest = WebClient.browser(port);
        JsonNode m = meeting(host, clock.instant().plus(Duration.ofMinutes(5)));
        JsonNode revoked = invite(host, m.get("id").asText(), "Rita Revoked");
        JsonNode kept = invite(host, m.get("id").asText(), "Kim Kept");
        String link = path(kept);
        String forged = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        HttpResponse<String> del = host.json("DELETE", "/api/calls/meetings/" + m.get("id").asText() + "/guests/"
                + revoked.get("id").asText(), Map.of());
        assertThat(del.statusCode()).isEqualTo(204);
        assertThat(guest.get(link + "/state").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(55)); // past the meeting's end
        for (String bad : new String[] {path(revoked), forged, link}) {
            HttpResponse<String> r = guest.get(bad + "/state");
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(WebClient.tree(r).get("code").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void customerCalledAsGuestFromThePeoplePageThenInTheCallersHistoryAsExternalGuest() throws Exception {
        WebClient person = WebClient.browser(port);
        person.signIn("testuser4", PASSWORD);
        String page = person.get("/").body();
        assertThat(page).contains("Call as guest").contains("/customers/3/guest-call");

        HttpResponse<String> r = person.postForm("/customers/3/guest-call", Map.of("_csrf", WebClient.csrfToken(page)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher link = Pattern.compile("href=\"(https?://[^\"]+/api/calls/guest/[^\"]+)\"").matcher(r.body());
        assertThat(link.find()).as(r.body()).isTrue();
        String path = URI.create(link.group(1)).getPath();

        WebClient guest = WebClient.browser(port);
        assertThat(WebClient.tree(guest.json("POST", path + "/knock", Map.of())).get("status").asText())
                .isEqualTo("admitted");
        assertThat(guest.get(path + "/join").statusCode()).isEqualTo(200);
        assertThat(guest.json("POST", path + "/leave", Map.of()).statusCode()).isEqualTo(200);

        JsonNode history = WebClient.tree(host().get("/api/calls/history"));
        JsonNode row = history.get("items").get(0);
        assertThat(row.get("state").asText()).isEqualTo("completed");
        assertThat(row.get("participants").get(1).get("name").asText()).isEqualTo("Maria Garcia");
        assertThat(row.get("participants").get(1).get("role").asText()).isEqualTo("guest-external");
        assertThat(person.postForm("/customers/4/guest-call", Map.of("_csrf", WebClient.csrfToken(page))).statusCode())
                .as("another organization's customer").isEqualTo(404);
    }
}
