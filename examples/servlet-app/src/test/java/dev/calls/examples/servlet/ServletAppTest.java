package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example booted on a random port, used the way a browser and a script would. */
class ServletAppTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final MutableClock CLOCK = MutableClock.at("2026-03-02T10:00:00Z");
    static final ManualScheduler SCHEDULER = new ManualScheduler(CLOCK);
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(dev.calls.examples.servlet.TestSettings.of(java.util.Map.of(
                        "calls.datasource.url", "jdbc:h2:mem:servlet-app-" + java.util.UUID.randomUUID())))
                .engine(b -> b.clock(CLOCK).scheduler(SCHEDULER)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A browser-like client: its own cookies, no automatic redirects. */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final String basic;

        Client(String user, String password) {
            this.basic = user == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> send(String method, String path, String contentType, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(app.uri().resolve(path)).timeout(Duration.ofSeconds(10));
            if (basic != null) {
                b.header("Authorization", basic);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            } else if (!method.equals("GET")) {
                b.header("X-Requested-With", "test");
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String path) {
            return send("GET", path, null, null);
        }

        JsonNode json(String method, String path, String body) {
            HttpResponse<String> r = send(method, path, body == null ? null : "application/json", body);
            try {
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(r.statusCode() + " " + r.body(), e);
            }
        }
    }

    static Client signInWithForm(String user, String password) {
        Client c = new Client(null, null);
        HttpResponse<String> form = c.get("/login");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> r = c.send("POST", "/login", "application/x-www-form-urlencoded",
                "token=" + token.group(1) + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return c;
    }

    @Test
    void loginPageThenUsernamePasswordAndSignInButton() {
        String html = new Client(null, null).get("/login").body();

        assertThat(html).contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("<button type=\"submit\">Sign in</button>");
    }

    @Test
    void pageWithoutSignInThenRedirectedToLogin() {
        HttpResponse<String> r = new Client(null, null).get("/");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void basicAuthThenApiAnswersAsThatUser() {
        JsonNode me = new Client("testuser4", DemoUsers.PASSWORD).json("GET", "/api/calls/presence/me", null);

        assertThat(me.get("userId").asText()).isEqualTo("testuser4");
        assertThat(me.get("name").asText()).isEqualTo("Test User 4");
    }

    @Test
    void wrongPasswordThenUnauthenticated() {
        Client wrong = new Client("testuser4", "nope");

        HttpResponse<String> apiAnswer = wrong.get("/api/calls/presence/me");
        HttpResponse<String> page = wrong.get("/history");

        assertThat(apiAnswer.statusCode()).isEqualTo(401);
        assertThat(apiAnswer.body()).contains("\"code\":\"unauthenticated\"");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    @Test
    void formLoginThenPeoplePageOfTheOrganizationWithCallButtons() {
        Client c = signInWithForm("calluser4", DemoUsers.PASSWORD);

        HttpResponse<String> page = c.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("People in Test Organization").contains("testuser6")
                .contains("data-calls-user=\"calluser8\" data-calls-name=\"Call User 8\"")
                .contains("<div class=\"me\" data-calls-status-menu>")
                .contains("<script type=\"module\" src=\"/api/calls/client.js\"></script>")
                .doesNotContain("orguser1").doesNotContain("data-calls-user=\"calluser4\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("script-src 'self' https://meet.jit.si;").contains("frame-src 'self' https://meet.jit.si;")
                .doesNotContain("unsafe-inline");
        assertThat(c.get("/api/calls/client.js").body()).contains("export const calls = new CallsClient()");
        assertThat(c.get("/static/app.js").statusCode()).isEqualTo(404);
    }

    @Test
    void wrongFormPasswordThenFormAgainWithMessageKeepingTheUsername() {
        Client c = new Client(null, null);
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(c.get("/login").body());
        token.find();

        HttpResponse<String> r = c.send("POST", "/login", "application/x-www-form-urlencoded",
                "token=" + token.group(1) + "&username=testuser4&password=wrong");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Wrong username or password.")
                .contains("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"testuser4\">")
                .contains("autocomplete=\"current-password\" required autofocus aria-describedby=\"login-error\">");
        assertThat(c.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void logoutThenSessionGone() {
        Client c = signInWithForm("testuser5", DemoUsers.PASSWORD);
        assertThat(c.get("/").statusCode()).isEqualTo(200);

        c.send("POST", "/logout", "application/x-www-form-urlencoded", "");

        assertThat(c.get("/").statusCode()).isEqualTo(302);
        assertThat(c.get("/api/calls/presence/me").statusCode()).isEqualTo(401);
    }

    /** Seed 000's Testing Workflow over HTTP: log in, go online, start, answer, end with a duration. */
    @Test
    void seedZeroTestingWorkflowOverHttpThenHistoryShowsTheAnsweredCall() {
        Client caller = new Client("testuser4", DemoUsers.PASSWORD);
        Client callee = signInWithForm("calluser8", DemoUsers.PASSWORD);
        for (Client c : new Client[] {caller, callee}) {
            JsonNode online = c.json("PUT", "/api/calls/presence/me",
                    "{\"status\":\"online\",\"available_for_calls\":true,\"status_message\":\"Available\"}");
            assertThat(online.get("callable").asBoolean()).isTrue();
        }
        assertThat(caller.json("GET", "/api/calls/presence/online", null).get("items"))
                .extracting(u -> u.get("userId").asText()).contains("calluser8");

        HttpResponse<String> started = caller.send("POST", "/api/calls", "application/json",
                "{\"recipient_id\":\"calluser8\",\"call_type\":\"video\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = started.headers().firstValue("Location").orElseThrow().replace("/api/calls/", "");

        JsonNode answered = callee.json("POST", "/api/calls/" + id + "/accept", null);
        assertThat(answered.get("state").asText()).isEqualTo("active");
        SCHEDULER.advance(Duration.ofSeconds(120));
        JsonNode ended = caller.json("POST", "/api/calls/" + id + "/end", null);

        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("durationSeconds").asLong()).isEqualTo(120);
        String history = callee.get("/history").body();
        assertThat(history).contains("Test User 4").contains("incoming").contains("answered").contains("2:00")
                .contains("data-calls-user=\"testuser4\" data-calls-name=\"Test User 4\"")
                .contains("<script type=\"module\" src=\"/api/calls/client.js\"></script>");
    }

    @Test
    void otherOrganizationThenCannotCallIntoOrSeeTheCall() {
        Client outsider = new Client("orguser1", DemoUsers.PASSWORD);
        Client insider = new Client("testuser3", DemoUsers.PASSWORD);
        insider.json("POST", "/api/calls/presence/heartbeat", null);
        new Client("calluser1", DemoUsers.PASSWORD).json("POST", "/api/calls/presence/heartbeat", null);
        String id = insider.json("POST", "/api/calls", "{\"recipientIds\":[\"calluser1\"]}").get("id").asText();

        HttpResponse<String> call = outsider.send("POST", "/api/calls", "application/json", "{\"recipientIds\":[\"testuser3\"]}");
        HttpResponse<String> peek = outsider.get("/api/calls/" + id);

        assertThat(call.statusCode()).isEqualTo(404);
        assertThat(peek.statusCode()).isEqualTo(404);
        assertThat(outsider.get("/").body()).contains("Other Organization").contains("orguser2").doesNotContain("testuser3");
        insider.json("POST", "/api/calls/" + id + "/cancel", null);
    }

    @Test
    void bannerThenUrlAndDemoUsers() {
        String banner = ServletApp.banner(app);

        assertThat(banner).contains(app.uri().toString()).contains("testpass123").contains("testuser4")
                .contains("calluser10").contains("orguser2");
        assertThat(URI.create(app.uri().toString()).getPort()).isPositive();
    }
}
