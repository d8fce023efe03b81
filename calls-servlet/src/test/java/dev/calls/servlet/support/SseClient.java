package dev.calls.servlet.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads a server-sent event stream frame by frame on a background thread. */
public final class SseClient implements AutoCloseable {
    /** One frame: the fields seen before a blank line. */
    public record Frame(String id, String data, String comment, String retry) {
        public boolean isEvent() {
            return data != null;
        }

        public JsonNode json() {
            try {
                return Api.JSON.readTree(data);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public final HttpResponse<InputStream> response;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient open(Api api, String user, String query, String... headers) {
        return at(api, user, "/events" + query, headers);
    }

    /** A stream at another path of the API, such as {@code /admin/events}. */
    public static SseClient at(Api api, String user, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path))
                .header(HeaderCallerResolver.HEADER, user).header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return new SseClient(api.http.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String data = null;
            String comment = null;
            String retry = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    frames.add(new Frame(id, data, comment, retry));
                    id = data = comment = retry = null;
                } else if (line.startsWith(":")) {
                    comment = line.substring(1);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data = data == null ? line.substring(6) : data + "\n" + line.substring(6);
                } else if (line.startsWith("retry: ")) {
                    retry = line.substring(7);
                }
            }
        } catch (IOException e) {
            // closed by the test or the server
        } finally {
            ended = true;
        }
    }

    /** The next frame within the timeout, or null. */
    public Frame next(Duration timeout) {
        try {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next frame matching, skipping others; fails after the timeout. */
    public Frame await(Predicate<Frame> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Frame f = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (f != null && wanted.test(f)) {
                return f;
            }
        }
        throw new AssertionError("no matching frame within " + timeout);
    }

    /** The next event of this type, skipping heartbeats and other events. */
    public Frame awaitEvent(String type) {
        return await(f -> f.isEvent() && type.equals(f.json().path("type").asText()), Duration.ofSeconds(10));
    }

    /** The next event frame of any type, or null within the timeout. */
    public Frame nextEvent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Frame f = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (f != null && f.isEvent()) {
                return f;
            }
        }
        return null;
    }

    public boolean ended() {
        return ended;
    }

    /** Waits until the server ended the stream. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return ended;
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already gone
        }
        reader.interrupt();
    }
}
