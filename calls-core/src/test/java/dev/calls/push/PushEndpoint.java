package dev.calls.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A real HTTP endpoint on 127.0.0.1 standing in for the host's push relay; answers with planned statuses. */
final class PushEndpoint implements AutoCloseable {
    static final String SECRET = "push-secret-0123456789";

    record Received(String signature, String contentType, byte[] body, Map<String, Object> json) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    PushEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/push", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, Object> json = new ObjectMapper().readValue(body, new TypeReference<>() { });
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Calls-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, json));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push");
    }

    /** The next statuses to answer with, in order; 200 afterwards. */
    void answer(Integer... codes) {
        statuses.addAll(java.util.List.of(codes));
    }

    /** The next request, waiting for the notifier's threads to send it. */
    Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("a push request").isNotNull();
        return r;
    }

    /** Requests already received and not yet taken. */
    int waiting() {
        return received.size();
    }

    /** Checks the signature the way a host would: HMAC-SHA256 over t + "." + raw body. */
    static void assertSigned(Received r, long expectedT) throws Exception {
        assertThat(r.signature()).startsWith("t=" + expectedT + ",v1=");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((expectedT + ".").getBytes(StandardCharsets.UTF_8));
        String v1 = Base64.getEncoder().encodeToString(mac.doFinal(r.body()));
        assertThat(r.signature()).isEqualTo("t=" + expectedT + ",v1=" + v1);
    }

    /** Waits for work on other threads (the notifier's senders) to reach a state; fails after 10 s. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
