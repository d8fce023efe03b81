package dev.calls.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser or script against the running application: a cookie jar for a form-login session, or
 * HTTP Basic credentials or a bearer token on every request.
 */
final class WebClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String basic;

    private WebClient(String base, String basic) {
        this(base, basic, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
    }

    private WebClient(String base, String basic, HttpClient http) {
        this.base = base;
        this.basic = basic;
        this.http = http;
    }

    /** This browser (its cookies) sending {@code Authorization: Bearer <token>} too. */
    WebClient withBearer(String token) {
        return new WebClient(base, "Bearer " + token, http);
    }

    /** A browser without a session yet. */
    static WebClient browser(int port) {
        return new WebClient("http://127.0.0.1:" + port, null);
    }

    /** A script sending HTTP Basic credentials. */
    static WebClient basic(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new WebClient("http://127.0.0.1:" + port, "Basic " + token);
    }

    /** A single-page app sending {@code Authorization: Bearer <token>} (from {@code POST /api/login}). */
    static WebClient bearer(int port, String token) {
        return new WebClient("http://127.0.0.1:" + port, "Bearer " + token);
    }

    /** Signs in through the login form (with its CSRF token); returns the answer to the form's POST. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        String token = csrfToken(get("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }

    /** A page or API read; a browser asks for HTML, as browsers do (Spring Security answers it with a redirect). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).GET();
        if (basic == null && !path.startsWith("/api/")) {
            b.header("Accept", "text/html,application/xhtml+xml");
        }
        return send(b.build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A calls API request with a JSON body, as the browser client sends it. */
    HttpResponse<String> json(String method, String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** A calls API action without a body, marked with X-Requested-With. */
    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(request(path).header("X-Requested-With", "crm-test").POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** A POST with neither a JSON body nor X-Requested-With: what a cross-site form could send. */
    HttpResponse<String> barePost(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A server-to-server POST of raw bytes, as a media server sends its reports: no session, no credentials. */
    HttpResponse<String> raw(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /** Opens {@code /api/calls/events}; lines arrive on the returned stream's queue. */
    SseStream events() {
        return SseStream.open(http, request("/api/calls/events").header("Accept", "text/event-stream").GET().build());
    }

    static JsonNode tree(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
