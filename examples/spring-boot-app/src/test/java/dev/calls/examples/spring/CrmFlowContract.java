package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.calls.spring.CallsMetrics;
import dev.calls.spring.CallsMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The requirements' flow over real HTTP, through real Spring Security (form login and HTTP Basic), with JaaS
 * tokens checked claim by claim. Each test uses its own users, as they share one running application.
 */
abstract class CrmFlowContract {
    static final JaasKey KEY = JaasKey.generate();
    static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    static void jaas(DynamicPropertyRegistry registry) {
        // closed event streams are noticed on the next heartbeat write: keep that short in tests
        registry.add("calls.servlet.heartbeat-interval", () -> "1s");
        registry.add("calls.jitsi.provider", () -> "jaas");
        registry.add("calls.jitsi.app-id", () -> JaasKey.APP_ID);
        registry.add("calls.jitsi.key-id", () -> JaasKey.KEY_ID);
        registry.add("calls.jitsi.private-key", () -> KEY.pemFile().toString());
    }

    @Test
    void loginPageHasUsernamePasswordAndSignIn() throws Exception {
        HttpResponse<String> page = WebClient.browser(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("<button type=\"submit\">Sign in</button>");
    }

    @Test
    void signedOutBrowserThenPeoplePageRedirectsToLogin() throws Exception {
        HttpResponse<String> page = WebClient.browser(port).get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void formLoginThenPeoplePageShowsColleaguesAndCustomersWithCallButtons() throws Exception {
        WebClient browser = WebClient.browser(port);
        HttpResponse<String> login = browser.signIn("testuser5", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String page = browser.get("/").body();
        assertThat(page).contains("People in Test Organization")
                .contains("data-calls-user=\"calluser8\" data-calls-name=\"Call User 8\"")
                .contains("<script type=\"module\" src=\"/api/calls/client.js\"></script>")
                .contains("data-calls-status-menu")
                .contains("Jennifer Thompson · Acme Corporation")
                .doesNotContain("orguser1")
                .doesNotContain("data-calls-user=\"testuser5\"");
        HttpResponse<String> client = browser.get("/api/calls/client.js");
        assertThat(client.statusCode()).isEqualTo(200);
        assertThat(client.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(client.body()).contains("export class CallsClient");
    }

    @Test
    void wrongPasswordThenSignInFailsAndTheFormKeepsTheUsername() throws Exception {
        WebClient browser = WebClient.browser(port);
        HttpResponse<String> login = browser.signIn("testuser5", "wrong-password");
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login?error&username=testuser5");

        String again = browser.get(location.substring(location.indexOf("/login"))).body();

        assertThat(again).contains("Wrong username or password.")
                .contains("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"testuser5\">")
                .contains("type=\"password\" autocomplete=\"current-password\" required autofocus");
    }

    @Test
    void unknownPageWhenSignedInThenAPageNotFoundInsteadOfTheWhitelabelPage() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("testuser5", PASSWORD);

        HttpResponse<String> page = browser.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Page not found</h1>").contains("href=\"/\"").doesNotContain("Whitelabel");
    }

    @Test
    void peoplePageThenStatusTextIsLiveForTheClient() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("testuser5", PASSWORD);

        assertThat(browser.get("/").body()).contains("<span class=\"status\" data-calls-status>");
    }

    @Test
    void loginFormWithoutCsrfTokenThenRefused() throws Exception {
        HttpResponse<String> login = WebClient.browser(port).postForm("/login",
                Map.of("username", "testuser5", "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void logoutWithoutCsrfTokenThenRefused() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("testuser6", PASSWORD);
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void seedFlowThenCallRingsIsAnsweredAndEndsWithSignedJaasTokens() throws Exception {
        WebClient caller = WebClient.browser(port);
        assertThat(caller.signIn("testuser4", PASSWORD).statusCode()).isEqualTo(302);
        WebClient callee = WebClient.basic(port, "calluser8", PASSWORD);
        double startedBefore = counter(CallsMetrics.STARTED);

        try (SseStream calleeEvents = callee.events()) {
            assertThat(calleeEvents.response().statusCode()).isEqualTo(200);
            assertThat(calleeEvents.response().headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/event-stream");

            // the session's JSON request needs no Spring Security CSRF token: the calls filter checks it
            HttpResponse<String> status = caller.json("PUT", "/api/calls/presence/me",
                    Map.of("status", "online", "available", true, "message", "Available"));
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(WebClient.tree(status).path("message").asText()).isEqualTo("Available");

            JsonNode online = WebClient.tree(caller.get("/api/calls/presence/online"));
            assertThat(online.path("items").findValuesAsText("userId")).contains("calluser8");

            HttpResponse<String> started = caller.json("POST", "/api/calls",
                    Map.of("recipientIds", List.of("calluser8"), "type", "video"));
            assertThat(started.statusCode()).isEqualTo(201);
            JsonNode call = WebClient.tree(started);
            String id = call.path("id").asText();
            assertThat(call.path("state").asText()).isEqualTo("ringing");
            assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/api/calls/" + id);
            String room = call.path("room").asText();
            assertThat(room).startsWith("crm-");
            assertJaasToken(call.path("join"), room, "testuser4", "Test User 4", true);

            JsonNode ringing = calleeEvents.await(e -> "call.ringing".equals(e.path("type").asText())
                    && id.equals(e.path("callId").asText()));
            assertThat(ringing.path("call").path("initiator").asText()).isEqualTo("testuser4");

            HttpResponse<String> accepted = callee.post("/api/calls/" + id + "/accept");
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(WebClient.tree(accepted).path("state").asText()).isEqualTo("active");
            assertJaasToken(WebClient.tree(callee.get("/api/calls/" + id + "/join")), room, "calluser8", "Call User 8",
                    false);

            HttpResponse<String> ended = caller.json("POST", "/api/calls/" + id + "/end", Map.of());
            assertThat(WebClient.tree(ended).path("state").asText()).isEqualTo("completed");
            calleeEvents.await(e -> "call.ended".equals(e.path("type").asText()) && id.equals(e.path("callId").asText()));
        }

        String history = caller.get("/history").body();
        assertThat(history).contains("Call history").contains("Call User 8").contains("outgoing");
        JsonNode calleeHistory = WebClient.tree(callee.get("/api/calls/history"));
        assertThat(calleeHistory.path("items").get(0).path("direction").asText()).isEqualTo("incoming");
        assertThat(counter(CallsMetrics.STARTED)).isGreaterThan(startedBefore);
    }

    @Test
    void apiWithoutSignInThenUnauthenticatedProblem() throws Exception {
        HttpResponse<String> answer = WebClient.browser(port).get("/api/calls/active");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(WebClient.tree(answer).path("code").asText()).isEqualTo("unauthenticated");
    }

    @Test
    void apiStateChangeLikeACrossSiteFormThenCallsFilterRefusesIt() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("calluser5", PASSWORD);
        HttpResponse<String> bare = browser.barePost("/api/calls/presence/heartbeat");
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(WebClient.tree(bare).path("code").asText()).isEqualTo("forbidden");
        assertThat(browser.post("/api/calls/presence/heartbeat").statusCode()).isEqualTo(200);
    }

    @Test
    void userOfAnotherOrganizationThenCalleeIsNotFound() throws Exception {
        WebClient outsider = WebClient.basic(port, "orguser1", PASSWORD);
        HttpResponse<String> answer = outsider.json("POST", "/api/calls",
                Map.of("recipientIds", List.of("calluser2"), "type", "audio"));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(WebClient.tree(answer).path("code").asText()).isEqualTo("not_found");
    }

    @Test
    void openEventStreamThenGaugeCountsIt() throws Exception {
        // streams of earlier tests close asynchronously: start from none
        awaitOpenStreams(0);
        try (SseStream stream = WebClient.basic(port, "calluser3", PASSWORD).events()) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(openStreams()).isEqualTo(1);
        }
        awaitOpenStreams(0);
    }

    private double openStreams() {
        return meters.get(CallsMetricsAutoConfiguration.OPEN_STREAMS).gauge().value();
    }

    private void awaitOpenStreams(double expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (openStreams() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(openStreams()).isEqualTo(expected);
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** The claims 8x8 JaaS requires, exactly (JITSI.md), and a signature the public half verifies. */
    static void assertJaasToken(JsonNode join, String room, String userId, String name, boolean moderator)
            throws Exception {
        assertThat(join.path("provider").asText()).isEqualTo("jaas");
        assertThat(join.path("domain").asText()).isEqualTo("8x8.vc");
        assertThat(join.path("room").asText()).isEqualTo(JaasKey.APP_ID + "/" + room);
        SignedJWT jwt = SignedJWT.parse(join.path("jwt").asText());
        assertThat(jwt.verify(new RSASSAVerifier(KEY.publicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(JaasKey.APP_ID + "/" + JaasKey.KEY_ID);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("jitsi");
        assertThat(claims.getIssuer()).isEqualTo("chat");
        assertThat(claims.getSubject()).isEqualTo(JaasKey.APP_ID);
        assertThat(claims.getStringClaim("room")).isEqualTo(room);
        Instant now = Instant.now();
        assertThat(claims.getNotBeforeTime().toInstant()).isBefore(now);
        assertThat(claims.getExpirationTime().toInstant()).isAfter(now)
                .isBefore(now.plus(Duration.ofHours(1)).plusSeconds(60));
        Map<String, Object> user = claims.getJSONObjectClaim("context") == null ? Map.of()
                : asMap(claims.getJSONObjectClaim("context").get("user"));
        assertThat(user).containsEntry("id", userId).containsEntry("name", name)
                .containsEntry("email", userId + "@example.com")
                .containsEntry("moderator", moderator ? "true" : "false");
        user.forEach((key, value) -> assertThat(value).as("context.user." + key + " is a string").isInstanceOf(String.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
