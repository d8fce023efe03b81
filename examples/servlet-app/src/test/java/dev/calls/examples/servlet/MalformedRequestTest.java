package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests so malformed that Jetty refuses them before any servlet or filter runs, sent over a raw socket
 * (an HTTP client library would refuse to send most of them): under the API's base path they are answered
 * with a problem and a stable code, elsewhere with Jetty's own page.
 */
class MalformedRequestTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of())));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /** Sends {@code target} as the request line's target, byte for byte, and reads the whole answer. */
    static Answer send(String target) {
        try (Socket socket = new Socket(app.uri().getHost(), app.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + app.uri().getAuthority()
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        assertThat(end).as("a complete response: %s", raw).isPositive();
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static void assertProblem(Answer a, int status, String code) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
        JsonNode body = a.json();
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asText()).isEqualTo("urn:calls:problem:" + code);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/calls/presence%2Fme", "/api/calls/presence/me%00", "/api/calls/%C0%AF",
            "/api/calls/presence/%FF", "/api/calls/presence/me%0D%0AX-Injected:%20yes"})
    void malformedPathUnderTheBasePathThenInvalidRequestProblem(String target) {
        assertProblem(send(target), 400, "invalid_request");
    }

    @Test
    void rawCarriageReturnInThePathUnderTheBasePathThenInvalidRequestProblem() {
        assertProblem(send("/api/calls/presence\rme"), 400, "invalid_request");
    }

    @Test
    void uriOverEightKibUnderTheBasePathThenUriTooLongProblem() {
        assertProblem(send("/api/calls/presence/" + "a".repeat(9 * 1024)), 414, "uri_too_long");
    }

    @Test
    void malformedPathElsewhereThenJettysOwnPage() {
        Answer a = send("/history%2Fx");

        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("text/html");
    }
}
