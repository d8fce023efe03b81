package dev.calls.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A live server-sent event stream: its {@code data:} lines as JSON, and whether the server ended it. */
final class SseStream implements AutoCloseable {
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private SseStream(HttpClient http, HttpRequest request) {
        this.response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        // each stream reads on a thread of its own: the common pool has one thread on a two-core machine, and a
        // stream another test left open would hold it, so this one would never be read
        response.thenAcceptAsync(r -> {
            try (Stream<String> lines = r.body()) {
                lines.filter(l -> l.startsWith("data:")).forEach(l -> {
                    try {
                        events.add(WebClient.JSON.readTree(l.substring(5).trim()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (RuntimeException e) {
                // the connection was cut, which also ends the stream
            }
            ended.complete(null);
        }, task -> {
            Thread reader = new Thread(task, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    static SseStream open(HttpClient http, HttpRequest request) {
        return new SseStream(http, request);
    }

    /** The response status and content type, once the server answered (within 10 s). */
    HttpResponse<Stream<String>> response() throws Exception {
        return response.get(10, TimeUnit.SECONDS);
    }

    /** The first event matching {@code what}, waiting at most 10 s for it. */
    JsonNode await(Predicate<JsonNode> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            JsonNode event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no matching event within 10 s");
            }
            if (what.test(event)) {
                return event;
            }
        }
    }

    /** Whether the server closed the stream within {@code seconds}. */
    boolean endsWithin(long seconds) {
        try {
            ended.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
