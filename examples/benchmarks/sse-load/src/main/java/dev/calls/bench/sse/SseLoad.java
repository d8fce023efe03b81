package dev.calls.bench.sse;

import dev.calls.examples.servlet.AppOptions;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.examples.servlet.RunningApp;
import dev.calls.examples.servlet.ServletApp;
import dev.calls.examples.servlet.Settings;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load program. Starts the servlet example in this JVM (with a load organization of generated users),
 * spawns {@link LoadClient} in a second JVM, and at each stream level (default 1,000, 5,000, 10,000 idle
 * streams) measures heap per stream, ring delivery and a tenant-wide broadcast; once, the same broadcast
 * through bare Jetty ({@link BareBroadcast}); then the largest level again with each stream watching
 * {@code --watch} random users: ring delivery, presence changes reaching their watchers, and call lifecycles
 * per second over HTTP and in-process. All of it with in-call presence announced off, then on (one app each).
 * Prints figures; asserts nothing.
 *
 * <pre>java -jar examples/benchmarks/sse-load/target/sse-load.jar [--levels 1000,5000,10000] [--rings 300]
 *     [--broadcasts 10] [--watch 50] [--presence-changes 200] [--announce both|on|off]
 *     [--lifecycle-seconds 10] [--lifecycle-threads 8] [--client-heap 1g]</pre>
 */
public final class SseLoad {
    private SseLoad() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(arg(args, "--levels", "1000,5000,10000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int rings = Integer.parseInt(arg(args, "--rings", "300"));
        int broadcasts = Integer.parseInt(arg(args, "--broadcasts", "10"));
        int watch = Integer.parseInt(arg(args, "--watch", "50"));
        int presenceChanges = Integer.parseInt(arg(args, "--presence-changes", "200"));
        int lifecycleSeconds = Integer.parseInt(arg(args, "--lifecycle-seconds", "10"));
        int lifecycleThreads = Integer.parseInt(arg(args, "--lifecycle-threads", "8"));
        String clientHeap = arg(args, "--client-heap", "1g");
        List<Boolean> announcing = switch (arg(args, "--announce", "both")) {
            case "on" -> List.of(true);
            case "off" -> List.of(false);
            default -> List.of(false, true);
        };
        int max = Arrays.stream(levels).max().orElse(1000);
        List<String> report = new ArrayList<>();
        report.add(String.format("server: Java %s, %d cores, max heap %d MiB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        boolean first = true;
        for (boolean announce : announcing) {
            report.add("---- in-call presence announced: " + announce);
            run(new Plan(levels, max, rings, broadcasts, watch, presenceChanges, lifecycleSeconds, lifecycleThreads,
                    clientHeap, announce, first), report);
            first = false;
        }
        System.out.println();
        System.out.println("==== sse-load results ====");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private record Plan(int[] levels, int max, int rings, int broadcasts, int watch, int presenceChanges,
            int lifecycleSeconds, int lifecycleThreads, String clientHeap, boolean announce, boolean baseline) {
    }

    /**
     * One app, one client: idle streams at each level (heap, ring, a broadcast to all of them, and once the same
     * broadcast on bare Jetty), then the streams again, each watching some users (ring, presence changes reaching
     * their watchers, lifecycles over HTTP), then lifecycles in-process.
     */
    private static void run(Plan p, List<String> report) throws Exception {
        int streamUsers = Math.max(1, (p.max() + 9) / 10);
        int callers = 50;
        int workers = 2 * p.lifecycleThreads();
        // the targets are for the in-memory stores: the example's database is an unused in-memory H2 here
        RunningApp app = ServletApp.start(AppOptions.defaults().port(0)
                .settings(new Settings(Map.of("calls.datasource.url", "jdbc:h2:mem:sse-load;DB_CLOSE_DELAY=-1")))
                .directory(LoadUsers.directory(streamUsers, callers, workers))
                .engine(b -> b.startsPerMinute(100_000_000).presenceTimeout(Duration.ofHours(1))
                        .callStore(new InMemoryCallStore())
                        .presenceStore(new InMemoryPresenceStore())
                        .meetingStore(new InMemoryMeetingStore())
                        .eventTransport(new InMemoryEventTransport())
                        .announceCallPresence(p.announce())));
        Process client = spawnClient(app.uri(), streamUsers, callers, workers, p.clientHeap());
        PrintWriter toClient = new PrintWriter(client.getOutputStream(), true);
        BufferedReader fromClient = new BufferedReader(new InputStreamReader(client.getInputStream()));
        try {
            report.add(ask(toClient, fromClient, "warm"));
            if (p.baseline()) {
                // first, while no stream to Calls is open: each side may hold only so many sockets
                try (BareBroadcast bare = new BareBroadcast()) {
                    report.add(ask(toClient, fromClient, "baseline " + bare.uri() + " " + p.max() + " " + p.broadcasts()));
                }
            }
            int previous = 0;
            for (int level : p.levels()) {
                long before = HeapProbe.usedHeapAfterGc();
                long directBefore = HeapProbe.directBytes();
                report.add(ask(toClient, fromClient, "open " + level));
                long after = HeapProbe.usedHeapAfterGc();
                long directAfter = HeapProbe.directBytes();
                int open = app.filter().openStreams();
                report.add(String.format("RESULT heap streams=%d serverOpen=%d perStream=%.0f bytes (heap %d -> %d MiB),"
                        + " direct buffers %+d bytes", level, open, (after - before) / (double) (level - previous),
                        before >> 20, after >> 20, directAfter - directBefore));
                report.add(ask(toClient, fromClient, "ring " + p.rings()));
                report.add(ask(toClient, fromClient, "broadcast " + p.broadcasts()));
                previous = level;
            }
            if (p.watch() > 0) {
                report.add(ask(toClient, fromClient, "reopen " + p.max() + " " + p.watch()));
                report.add(ask(toClient, fromClient, "ring " + p.rings()));
                report.add(ask(toClient, fromClient, "presence " + p.presenceChanges()));
            }
            report.add(ask(toClient, fromClient, "lifecycles " + p.lifecycleSeconds() + " " + p.lifecycleThreads()));
            report.add("RESULT " + InProcessLifecycles.run(app.calls(), p.lifecycleThreads(),
                    Duration.ofSeconds(p.lifecycleSeconds())));
            ask(toClient, fromClient, "quit");
        } finally {
            client.destroy();
            client.waitFor(5, TimeUnit.SECONDS);
            app.close();
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static Process spawnClient(URI uri, int streamUsers, int callers, int workers, String heap)
            throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                LoadClient.class.getName(), uri.toString(), Integer.toString(streamUsers), Integer.toString(callers),
                Integer.toString(workers));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    /** Sends a command and returns the client's answer line (bounded in time by the client's own limits). */
    private static String ask(PrintWriter out, BufferedReader in, String command) throws Exception {
        System.out.println("> " + command);
        out.println(command);
        String line = in.readLine();
        if (line == null) {
            throw new IllegalStateException("the client process ended");
        }
        System.out.println(line);
        return line;
    }
}
