package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of one running example: its own cookies, no automatic redirects, optional Basic. */
final class Browser {
    static final ObjectMapper JSON = new ObjectMapper();

    private final RunningApp app;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String basic;

    private Browser(RunningApp app, String basic) {
        this.app = app;
        this.basic = basic;
    }

    static Browser anonymous(RunningApp app) {
        return new Browser(app, null);
    }

    /** Signs in with HTTP Basic on every request. */
    static Browser basic(RunningApp app, String user) {
        return new Browser(app, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in through the login form, as a person would; the session cookie carries on. */
    static Browser form(RunningApp app, String user) {
        Browser b = anonymous(app);
        String token = b.hidden(b.get("/login").body(), "token");
        HttpResponse<String> r = b.postForm("/login", Map.of("token", token, "username", user,
                "password", DemoUsers.PASSWORD));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return b;
    }

    /** The value of a hidden input in a page. */
    String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("hidden " + name).isTrue();
        return m.group(1);
    }

    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri().resolve(path)).timeout(Duration.ofSeconds(10));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    /** A form POST; repeated names as {@code name=a&name=b} go in a map value joined by {@code \n}. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .flatMap(e -> java.util.Arrays.stream(e.getValue().split("\n", -1))
                        .map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(json), "Content-Type", "application/json");
    }

    JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(r.statusCode() + " " + r.body(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
