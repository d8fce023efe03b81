package dev.calls.examples.servlet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** One user's event stream ({@code GET /api/calls/events}) read as it comes, each event with its arrival time. */
final class EventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event as received: its {@code id:}, its JSON and when it arrived ({@link System#nanoTime()}). */
    record Received(long id, JsonNode data, long arrivedNanos) {
        String type() {
            return data.path("type").asText();
        }
    }

    private final List<Received> received = new ArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile boolean open;

    EventStream(URI base, String user) {
        this(base, user, -1);
    }

    /** With {@code lastEventId} ≥ 0, resumes after it ({@code Last-Event-ID}), as a browser reconnecting does. */
    EventStream(URI base, String user, long lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/calls/events"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream");
        if (lastEventId >= 0) {
            b.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpRequest request = b.build();
        this.response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(this::read, "event-stream-" + user);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (Stream<String> lines = response.join().body()) {
            open = true;
            long[] id = {-1};
            lines.forEach(line -> {
                if (line.startsWith("id: ")) {
                    id[0] = Long.parseLong(line.substring(4).trim());
                } else if (line.startsWith("data: ")) {
                    try {
                        add(new Received(id[0], JSON.readTree(line.substring(6)), System.nanoTime()));
                    } catch (IOException e) {
                        throw new IllegalStateException(line, e);
                    }
                }
            });
        } catch (RuntimeException e) {
            // closed
        } finally {
            open = false;
        }
    }

    private synchronized void add(Received event) {
        received.add(event);
        notifyAll();
    }

    boolean isOpen() {
        return open;
    }

    synchronized List<Received> snapshot() {
        return List.copyOf(received);
    }

    /** Waits up to {@code millis} for an event that matches; fails the test if none comes. */
    synchronized Received await(Predicate<Received> match, long millis, String what) {
        long until = System.currentTimeMillis() + millis;
        while (true) {
            for (Received r : received) {
                if (match.test(r)) {
                    return r;
                }
            }
            long left = until - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("never received " + what + "; got " + received.stream()
                        .map(r -> r.id() + " " + r.type()).toList());
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
