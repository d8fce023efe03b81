package dev.calls.push.mobile.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for Google's OAuth2 token endpoint and FCM HTTP v1 on a random port: the token endpoint checks
 * the service account's signed assertion (RS256 with the throw-away key of {@link #serviceAccountJson()}) and hands
 * out bearers; {@code messages:send} checks the bearer and records each message. Answers can be scripted.
 */
public final class StandInFcm implements AutoCloseable {
    public static final String PROJECT = "calls-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message FCM received: the bearer it came with and its JSON. */
    public record Message(String bearer, JsonNode json) {
        public JsonNode message() {
            return json.path("message");
        }

        public String token() {
            return message().path("token").asText();
        }

        public JsonNode data() {
            return message().path("data");
        }
    }

    /** A scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    private final KeyPair key = TestKeys.rsa();
    private final HttpServer server;
    private final Set<String> bearers = ConcurrentHashMap.newKeySet();
    private final Set<String> unregistered = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final List<Long> attemptsAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    public StandInFcm() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/token", this::token);
        server.createContext("/v1/projects/", this::send);
        server.start();
    }

    /** The base URL, for {@code calls.push.fcm.endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A service-account JSON whose {@code token_uri} is this stand-in. */
    public String serviceAccountJson() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "service_account");
        m.put("project_id", PROJECT);
        m.put("private_key_id", "stand-in-key");
        m.put("private_key", TestKeys.pkcs8(key));
        m.put("client_email", "calls@" + PROJECT + ".iam.gserviceaccount.com");
        m.put("client_id", "1234567890");
        m.put("token_uri", endpoint() + "/token");
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on {@code token} is answered 404 {@code UNREGISTERED}. */
    public void unregister(String token) {
        unregistered.add(token);
    }

    /** The next sends are answered so, in order (then 200 again). */
    public void answer(Answer... answers) {
        script.addAll(List.of(answers));
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** When (System.nanoTime) each send arrived, accepted or not. */
    public List<Long> attemptsAt() {
        return List.copyOf(attemptsAt);
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Waits (bounded) until a message matches. */
    public Message await(Predicate<Message> match, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            for (Message m : messages) {
                if (match.test(m)) {
                    return m;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no FCM message: " + what + "; saw " + messages);
    }

    private void token(HttpExchange x) throws IOException {
        String form = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> f = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                f.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(f.get("grant_type")) || !validAssertion(f.get("assertion"))) {
            reply(x, 400, "{\"error\":\"invalid_grant\"}", Map.of());
            return;
        }
        String bearer = "ya29.stand-in-" + tokensIssued.incrementAndGet();
        bearers.add(bearer);
        reply(x, 200, "{\"access_token\":\"" + bearer + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}", Map.of());
    }

    private boolean validAssertion(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key.getPublic());
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return s.verify(Base64.getUrlDecoder().decode(parts[2]))
                    && claims.path("scope").asText().contains("firebase.messaging")
                    && claims.path("iss").asText().endsWith(".iam.gserviceaccount.com");
        } catch (Exception e) {
            return false;
        }
    }

    private void send(HttpExchange x) throws IOException {
        attemptsAt.add(System.nanoTime());
        String auth = x.getRequestHeaders().getFirst("Authorization");
        String bearer = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
        byte[] body = x.getRequestBody().readAllBytes();
        if (!bearers.contains(bearer) || !x.getRequestURI().getPath().equals("/v1/projects/" + PROJECT + "/messages:send")) {
            reply(x, 401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}", Map.of());
            return;
        }
        JsonNode json = JSON.readTree(body);
        Answer scripted = script.poll();
        if (scripted != null) {
            reply(x, scripted.status(), scripted.body(), scripted.headers());
            return;
        }
        if (unregistered.contains(json.path("message").path("token").asText())) {
            reply(x, 404, "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":"
                    + "\"NOT_FOUND\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                    + "\"errorCode\":\"UNREGISTERED\"}]}}", Map.of());
            return;
        }
        messages.add(new Message(bearer, json));
        reply(x, 200, "{\"name\":\"projects/" + PROJECT + "/messages/" + messages.size() + "\"}", Map.of());
    }

    private static void reply(HttpExchange x, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
