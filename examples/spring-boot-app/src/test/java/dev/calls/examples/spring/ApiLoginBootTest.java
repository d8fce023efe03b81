package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single-page apps' sign-in: {@code POST /api/login} trades the password for a bearer token, which then works for the
 * CRM's JSON API, the calls API and its event stream, without a session; bad sign-ins are problem+json.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiLoginBootTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private String login(String username) throws Exception {
        HttpResponse<String> r = WebClient.browser(port).json("POST", "/api/login",
                Map.of("username", username, "password", DemoData.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = WebClient.tree(r);
        assertThat(body.get("user").get("username").asText()).isEqualTo(username);
        assertThat(body.get("user").get("organizationId").asText()).isEqualTo(DemoData.TEST_ORG);
        return body.get("token").asText();
    }

    @Test
    void loginWithPasswordThenTokenSignsInTheApiWithoutASession() throws Exception {
        String token = login("testuser4");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        WebClient spa = WebClient.bearer(port, token);
        HttpResponse<String> me = spa.get("/api/calls/presence/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(WebClient.tree(me).get("userId").asText()).isEqualTo("testuser4");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> people = spa.get("/api/people");
        assertThat(people.statusCode()).isEqualTo(200);
        JsonNode list = WebClient.tree(people);
        List<String> employees = list.get("employees").findValuesAsText("id");
        assertThat(employees).contains("calluser8", "calladmin").doesNotContain("testuser4", "orguser1");
        assertThat(list.get("customers").size()).isPositive();
        assertThat(WebClient.tree(spa.get("/api/me")).get("organizationName").asText()).isEqualTo("Test Organization");
    }

    @Test
    void bearerOnEventStreamThenCallRingsThereAndCallFlowWorks() throws Exception {
        WebClient caller = WebClient.bearer(port, login("calluser4"));
        WebClient callee = WebClient.bearer(port, login("calluser8"));
        HttpRequest streamRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/calls/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + login("calluser8")).GET().build();
        try (SseStream stream = SseStream.open(HttpClient.newHttpClient(), streamRequest)) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
            HttpResponse<String> started = caller.json("POST", "/api/calls", Map.of("recipientIds", List.of("calluser8"), "type", "video"));
            assertThat(started.statusCode()).isEqualTo(201);
            String id = WebClient.tree(started).get("id").asText();
            JsonNode ringing = stream.await(e -> "call.ringing".equals(e.path("type").asText()) && id.equals(e.path("callId").asText()));
            assertThat(ringing.get("call").get("initiator").asText()).isEqualTo("calluser4");

            assertThat(callee.post("/api/calls/" + id + "/accept").statusCode()).isEqualTo(200);
            stream.await(e -> "call.accepted".equals(e.path("type").asText()) && id.equals(e.path("callId").asText()));
            assertThat(caller.post("/api/calls/" + id + "/leave").statusCode()).isEqualTo(200);
            HttpResponse<String> history = callee.get("/api/calls/history");
            assertThat(WebClient.tree(history).get("items").get(0).get("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void wrongPasswordThenProblemInvalidCredentials() throws Exception {
        for (String user : new String[] {"testuser4", "nobody-at-all"}) {
            HttpResponse<String> r = WebClient.browser(port).json("POST", "/api/login", Map.of("username", user, "password", "nope"));
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(WebClient.tree(r).get("code").asText()).isEqualTo("invalid_credentials");
            assertThat(r.body()).doesNotContain("nope");
        }
    }

    @Test
    void badLoginBodiesThenProblemsNotErrors() throws Exception {
        HttpResponse<String> missing = WebClient.browser(port).json("POST", "/api/login", Map.of("username", "testuser4"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(WebClient.tree(missing).get("code").asText()).isEqualTo("invalid_request");

        HttpResponse<String> broken = WebClient.browser(port).raw("/api/login", "{\"username\":".getBytes());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(WebClient.tree(broken).get("code").asText()).isEqualTo("invalid_request");

        HttpResponse<String> form = WebClient.browser(port).postForm("/api/login", Map.of("username", "testuser4", "password", "x"));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(WebClient.tree(form).get("code").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void unknownOrRevokedTokenThenUnauthenticatedProblemNotARedirect() throws Exception {
        HttpResponse<String> unknown = WebClient.bearer(port, "not-a-token").get("/api/people");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(WebClient.tree(unknown).get("code").asText()).isEqualTo("unauthenticated");
        assertThat(WebClient.bearer(port, "not-a-token").get("/api/calls/presence/me").statusCode()).isEqualTo(401);

        String token = login("testuser5");
        WebClient spa = WebClient.bearer(port, token);
        assertThat(spa.get("/api/people").statusCode()).isEqualTo(200);
        assertThat(spa.post("/api/logout").statusCode()).isEqualTo(204);
        assertThat(spa.get("/api/people").statusCode()).isEqualTo(401);
        assertThat(spa.get("/api/calls/presence/me").statusCode()).isEqualTo(401);
    }

    @Test
    void revokedTokenWithSessionCookieThenUnauthenticatedNotTheSessionsUser() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("testuser4", DemoData.PASSWORD);
        assertThat(browser.get("/api/people").statusCode()).isEqualTo(200);
        String token = login("testuser5");
        assertThat(WebClient.tree(browser.withBearer(token).get("/api/me")).get("username").asText())
                .isEqualTo("testuser5");
        assertThat(browser.withBearer(token).post("/api/logout").statusCode()).isEqualTo(204);

        for (String path : new String[] {"/api/people", "/api/me", "/api/calls/presence/me"}) {
            HttpResponse<String> r = browser.withBearer(token).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(WebClient.tree(r).get("code").asText()).isEqualTo("unauthenticated");
        }
        // the session itself is untouched, and signing out twice or in again with a stale token still works
        assertThat(browser.get("/api/people").statusCode()).isEqualTo(200);
        assertThat(browser.withBearer(token).post("/api/logout").statusCode()).isEqualTo(204);
        assertThat(browser.withBearer(token).json("POST", "/api/login",
                Map.of("username", "testuser5", "password", DemoData.PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void sessionPostToCrmApiWithoutCsrfTokenThenForbidden() throws Exception {
        WebClient browser = WebClient.browser(port);
        browser.signIn("testuser4", DemoData.PASSWORD);
        // /api/** outside the calls API, sign-in and sign-out keeps Spring Security's CSRF check for sessions
        assertThat(browser.json("POST", "/api/people", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.json("POST", "/api/logout", Map.of()).statusCode()).isEqualTo(204);
    }

    @Test
    void formLoginAndBasicStillWorkBesideTokens() throws Exception {
        WebClient browser = WebClient.browser(port);
        assertThat(browser.signIn("testuser4", DemoData.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/"));
        assertThat(browser.get("/api/people").statusCode()).isEqualTo(200);
        assertThat(WebClient.basic(port, "calluser8", DemoData.PASSWORD).get("/api/calls/presence/me").statusCode()).isEqualTo(200);
    }

    @Test
    void reactAppThenServedUnderApp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/app")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/app/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\"></div>").containsPattern("/app/assets/index-[^\"]+\\.js");
    }
}
