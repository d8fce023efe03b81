package dev.calls.bench.sse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The client side of the load program, in its own JVM: opens event streams over raw sockets, makes calls
 * and presence changes over HTTP, and times what arrives. Driven line by line on standard input
 * ({@code warm}, {@code open N [WATCH]}, {@code reopen N WATCH}, {@code ring N}, {@code broadcast N},
 * {@code presence N}, {@code baseline URL N COUNT}, {@code lifecycles SECONDS THREADS}, {@code quit}); answers {@code OK …}, {@code RESULT …} or {@code ERROR …} on standard output.
 *
 * <pre>java -cp sse-load.jar dev.calls.bench.sse.LoadClient URL STREAM_USERS CALLERS WORKERS</pre>
 */
public final class LoadClient {
    private final URI api;
    private final int streamUsers;
    private final int callers;
    private final int workers;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final InetSocketAddress server;
    private StreamPool streams;
    /** Per stream user: how many open streams watch them, and how many streams they hold themselves. */
    private int[] watchers;
    private int[] own;
    private final ConcurrentHashMap<String, Long> ringArrivals = new ConcurrentHashMap<>();
    private volatile long[] broadcastLatencies = new long[0];
    private final AtomicInteger broadcastReceived = new AtomicInteger();
    /** The message the awaited change carries; null while none is awaited. */
    private volatile String broadcastMarker;
    private volatile long broadcastSentAt;
    private int openStreams;
    private final ConcurrentHashMap<String, MiniHttp> connections = new ConcurrentHashMap<>();

    LoadClient(URI root, int streamUsers, int callers, int workers) throws IOException {
        this.api = root.resolve("/api/calls");
        this.streamUsers = streamUsers;
        this.callers = callers;
        this.workers = workers;
        this.server = new InetSocketAddress(root.getHost(), root.getPort());
        this.streams = new StreamPool(server, "/api/calls/events", this::onData);
        this.watchers = new int[streamUsers];
        this.own = new int[streamUsers];
    }

    public static void main(String[] args) throws Exception {
        LoadClient client = new LoadClient(URI.create(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            String[] cmd = line.trim().split("\\s+");
            try {
                switch (cmd[0]) {
                    case "warm" -> client.warm();
                    case "open" -> client.open(Integer.parseInt(cmd[1]), cmd.length > 2 ? Integer.parseInt(cmd[2]) : 0);
                    case "reopen" -> client.reopen(Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]));
                    case "presence" -> client.presence(Integer.parseInt(cmd[1]));
                    case "baseline" -> client.baseline(URI.create(cmd[1]), Integer.parseInt(cmd[2]), Integer.parseInt(cmd[3]));
                    case "ring" -> client.ring(Integer.parseInt(cmd[1]));
                    case "broadcast" -> client.broadcast(Integer.parseInt(cmd[1]));
                    case "lifecycles" -> client.lifecycles(Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]));
                    case "quit" -> {
                        client.streams.close();
                        System.out.println("OK quit");
                        System.exit(0);
                    }
                    default -> System.out.println("ERROR unknown command " + line);
                }
            } catch (Exception e) {
                System.out.println("ERROR " + cmd[0] + ": " + e);
            }
            System.out.flush();
        }
    }

    private void onData(String line, long now) {
        if (line.contains("\"type\":\"call.ringing\"")) {
            int at = line.indexOf("\"callId\":\"");
            if (at >= 0) {
                ringArrivals.putIfAbsent(line.substring(at + 10, at + 46), now);
            }
        } else if (line.contains("\"type\":\"presence.changed\"") && broadcastMarker != null
                && line.contains(broadcastMarker)) {
            int i = broadcastReceived.getAndIncrement();
            long[] lat = broadcastLatencies;
            if (i < lat.length) {
                lat[i] = now - broadcastSentAt;
            }
        }
    }

    /** A request on the user's own keep-alive connection (one thread at a time per user). */
    private MiniHttp.Answer call(String user, String method, String path, String json) throws IOException {
        MiniHttp c = connections.computeIfAbsent(user,
                u -> new MiniHttp(api.getHost(), api.getPort(), LoadUsers.basic(u)));
        try {
            return c.send(method, "/api/calls" + path, json);
        } catch (IOException e) {
            c.close();
            return c.send(method, "/api/calls" + path, json);
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", LoadUsers.basic(user));
        if (json == null) {
            b.header("X-Requested-With", "load").method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Everyone online before any stream opens, so opening streams announces nobody. */
    private void warm() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < streamUsers; i++) {
            users.add(LoadUsers.streamUser(i));
        }
        for (int i = 0; i < callers; i++) {
            users.add(LoadUsers.caller(i));
        }
        for (int i = 0; i < workers; i++) {
            users.add(LoadUsers.worker(i));
        }
        Semaphore inFlight = new Semaphore(32);
        CountDownLatch done = new CountDownLatch(users.size());
        AtomicInteger errors = new AtomicInteger();
        for (String u : users) {
            inFlight.acquire();
            HttpRequest r = HttpRequest.newBuilder(URI.create(api + "/presence/heartbeat"))
                    .header("Authorization", LoadUsers.basic(u)).header("X-Requested-With", "load")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            http.sendAsync(r, HttpResponse.BodyHandlers.discarding()).whenComplete((res, e) -> {
                if (e != null || res.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await();
        System.out.println("OK warm users=" + users.size() + " errors=" + errors.get());
    }

    /**
     * Opens streams until {@code total} are open, spread over the stream users, then waits for all. With
     * {@code watch > 0} each new stream watches that many other stream users, chosen at random (seeded).
     */
    private void open(int total, int watch) throws Exception {
        long start = System.nanoTime();
        java.util.Random random = new java.util.Random(42L + openStreams);
        while (openStreams < total) {
            int batchEnd = Math.min(total, openStreams + 500);
            for (; openStreams < batchEnd; openStreams++) {
                int user = openStreams % streamUsers;
                own[user]++;
                streams.open(LoadUsers.basic(LoadUsers.streamUser(user)), watch == 0 ? "" : watchQuery(user, watch, random));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (streams.opened.get() < openStreams && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        System.out.printf("OK open streams=%d watch=%d opened=%d failed=%d seconds=%.1f%n", total, watch,
                streams.opened.get(), streams.failed.get(), (System.nanoTime() - start) / 1e9);
    }

    private String watchQuery(int self, int watch, java.util.Random random) {
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < Math.min(watch, streamUsers - 1)) {
            int u = random.nextInt(streamUsers);
            if (u != self && chosen.add(u)) {
                watchers[u]++;
            }
        }
        StringBuilder q = new StringBuilder("?watch=");
        for (int u : chosen) {
            q.append(q.length() > 7 ? "," : "").append(LoadUsers.streamUser(u));
        }
        return q.toString();
    }

    /** Closes every stream and opens {@code total} again, each watching {@code watch} users. */
    private void reopen(int total, int watch) throws Exception {
        streams.close();
        streams = new StreamPool(server, "/api/calls/events", this::onData);
        openStreams = 0;
        watchers = new int[streamUsers];
        own = new int[streamUsers];
        Thread.sleep(1000); // the server notices the closed streams
        open(total, watch);
    }

    /** Calls, one after the other, users who hold streams; times POST to the first ringing frame. */
    private void ring(int count) throws Exception {
        long[] latencies = new long[count];
        int n = 0;
        int errors = 0;
        int holders = Math.min(streamUsers, openStreams);
        for (int i = 0; i < count; i++) {
            String caller = LoadUsers.caller(i % callers);
            String callee = LoadUsers.streamUser(i % holders);
            long t0 = System.nanoTime();
            MiniHttp.Answer r = call(caller, "POST", "", "{\"recipientIds\":[\"" + callee + "\"],\"type\":\"audio\"}");
            if (r.status() != 201) {
                errors++;
                continue;
            }
            String id = r.body().substring(r.body().indexOf("\"id\":\"") + 6).substring(0, 36);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            Long arrived;
            while ((arrived = ringArrivals.remove(id)) == null && System.nanoTime() < deadline) {
                LockSupport.parkNanos(20_000);
            }
            if (arrived == null) {
                errors++;
            } else {
                latencies[n++] = arrived - t0;
            }
            call(caller, "POST", "/" + id + "/cancel", null);
        }
        long[] got = java.util.Arrays.copyOf(latencies, n);
        System.out.println("RESULT ring streams=" + streams.opened.get() + " " + Stats.summary(got) + " errors=" + errors);
    }

    /** Changes one user's presence message; times delivery to every open stream of the tenant (none watches). */
    private void broadcast(int count) throws Exception {
        int expected = streams.opened.get();
        System.out.println("RESULT broadcast streams=" + expected + " " + deliveries(count, b -> expected,
                (b, message) -> call(LoadUsers.streamUser(0), "PUT", "/presence/me", "{\"message\":\"" + message + "\"}")));
    }

    /**
     * Changes the presence message of {@code count} random stream users, one after the other; times delivery to
     * the streams that watch them and their own streams.
     */
    private void presence(int count) throws Exception {
        java.util.Random random = new java.util.Random(7);
        int[] users = new int[count];
        for (int i = 0; i < count; i++) {
            users[i] = random.nextInt(streamUsers);
        }
        System.out.println("RESULT presence-to-watchers streams=" + streams.opened.get() + " " + deliveries(count,
                b -> watchers[users[b]] + own[users[b]],
                (b, message) -> call(LoadUsers.streamUser(users[b]), "PUT", "/presence/me",
                        "{\"message\":\"" + message + "\"}")));
    }

    /** The same broadcast through bare Jetty's blocking writes from one thread (see BareBroadcast), to {@code total} streams. */
    private void baseline(URI bare, int total, int count) throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        try (StreamPool pool = new StreamPool(new InetSocketAddress(bare.getHost(), bare.getPort()), "/events", this::onData)) {
            for (int i = 0; i < total; i++) {
                pool.open("none");
                if (i % 500 == 499) {
                    Thread.sleep(50);
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pool.opened.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            int expected = pool.opened.get();
            System.out.println("RESULT baseline-broadcast bare Jetty, blocking writes from one thread, streams=" + expected
                    + " " + deliveries(count, b -> expected, (b, message) -> plain.send(HttpRequest.newBuilder(
                            bare.resolve("/broadcast")).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"type\":\"presence.changed\",\"presence\":{\"message\":\"" + message + "\"}}")).build(),
                            HttpResponse.BodyHandlers.discarding())));
        }
    }

    /** Sends {@code message} for change {@code b}. */
    private interface Trigger {
        void send(int b, String message) throws Exception;
    }

    /**
     * {@code count} changes one after the other, each awaited at the streams it should reach; the figures of every
     * delivery and of the last one per change.
     */
    private String deliveries(int count, java.util.function.IntUnaryOperator expectedFor, Trigger trigger) throws Exception {
        List<Long> all = new ArrayList<>();
        long[] lastPerChange = new long[count];
        int incomplete = 0;
        for (int b = 0; b < count; b++) {
            int expected = expectedFor.applyAsInt(b);
            broadcastLatencies = new long[expected];
            broadcastReceived.set(0);
            String marker = "\"message\":\"bench-" + b + "-" + System.nanoTime() + "\"";
            String message = marker.substring(11, marker.length() - 1);
            broadcastSentAt = System.nanoTime();
            broadcastMarker = marker; // last: a line carrying it counts from now on
            trigger.send(b, message);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (broadcastReceived.get() < expected && System.nanoTime() < deadline) {
                LockSupport.parkNanos(100_000);
            }
            broadcastMarker = null;
            int got = Math.min(broadcastReceived.get(), expected);
            if (got < expected) {
                incomplete++;
            }
            long[] lat = broadcastLatencies;
            long last = 0;
            for (int i = 0; i < got; i++) {
                all.add(lat[i]);
                last = Math.max(last, lat[i]);
            }
            lastPerChange[b] = last;
            Thread.sleep(expected > 1000 ? 200 : 20);
        }
        long[] every = all.stream().mapToLong(Long::longValue).toArray();
        return "perStream[" + Stats.summary(every) + "] toLastStream[" + Stats.summary(lastPerChange) + "] incomplete="
                + incomplete;
    }

    /** Start, accept, end over HTTP by pairs of workers in parallel, for {@code seconds}. */
    private void lifecycles(int seconds, int threads) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String caller = LoadUsers.worker(2 * t);
            String callee = LoadUsers.worker(2 * t + 1);
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        MiniHttp.Answer r = call(caller, "POST", "", "{\"recipientIds\":[\"" + callee + "\"]}");
                        if (r.status() != 201) {
                            errors.incrementAndGet();
                            continue;
                        }
                        String id = r.body().substring(r.body().indexOf("\"id\":\"") + 6).substring(0, 36);
                        boolean ok = call(callee, "POST", "/" + id + "/accept", null).status() == 200
                                & call(caller, "POST", "/" + id + "/end", null).status() == 200;
                        (ok ? done : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            th.start();
            running.add(th);
        }
        for (Thread th : running) {
            th.join();
        }
        System.out.printf("RESULT lifecycles http (3 requests each) threads=%d seconds=%d completed=%d perSecond=%.0f errors=%d%n",
                threads, seconds, done.get(), done.get() / (double) seconds, errors.get());
    }
}
