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
 * streams) measures heap per stream, ring delivery and broadcast delivery; then call lifecycles per second.
 * Prints figures; asserts nothing.
 *
 * <pre>java -jar examples/benchmarks/sse-load/target/sse-load.jar [--levels 1000,5000,10000] [--rings 300]
 *     [--broadcasts 10] [--lifecycle-seconds 10] [--lifecycle-threads 8] [--client-heap 1g]</pre>
 */
public final class SseLoad {
    private SseLoad() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(arg(args, "--levels", "1000,5000,10000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int rings = Integer.parseInt(arg(args, "--rings", "300"));
        int broadcasts = Integer.parseInt(arg(args, "--broadcasts", "10"));
        int lifecycleSeconds = Integer.parseInt(arg(args, "--lifecycle-seconds", "10"));
        int lifecycleThreads = Integer.parseInt(arg(args, "--lifecycle-threads", "8"));
        String clientHeap = arg(args, "--client-heap", "1g");
        int max = Arrays.stream(levels).max().orElse(1000);
        int streamUsers = Math.max(1, (max + 9) / 10);
        int callers = 50;
        int workers = 2 * lifecycleThreads;

        // the targets are for the in-memory stores: the example's database is an unused in-memory H2 here
        RunningApp app = ServletApp.start(AppOptions.defaults().port(0)
                .settings(new Settings(Map.of("calls.datasource.url", "jdbc:h2:mem:sse-load;DB_CLOSE_DELAY=-1")))
                .directory(LoadUsers.directory(streamUsers, callers, workers))
                .engine(b -> b.startsPerMinute(100_000_000).presenceTimeout(Duration.ofHours(1))
                        .callStore(new InMemoryCallStore())
                        .presenceStore(new InMemoryPresenceStore())
                        .meetingStore(new InMemoryMeetingStore())
                        .eventTransport(new InMemoryEventTransport())
                        // the library's default: a call does not announce presence to the whole tenant
                        .announceCallPresence(false)));
        List<String> report = new ArrayList<>();
        report.add(String.format("server: Java %s, %d cores, max heap %d MiB; %s", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, app.uri()));
        Process client = spawnClient(app.uri(), streamUsers, callers, workers, clientHeap);
        PrintWriter toClient = new PrintWriter(client.getOutputStream(), true);
        BufferedReader fromClient = new BufferedReader(new InputStreamReader(client.getInputStream()));
        try {
            report.add(ask(toClient, fromClient, "warm"));
            int previous = 0;
            for (int level : levels) {
                long before = HeapProbe.usedHeapAfterGc();
                long directBefore = HeapProbe.directBytes();
                report.add(ask(toClient, fromClient, "open " + level));
                long after = HeapProbe.usedHeapAfterGc();
                long directAfter = HeapProbe.directBytes();
                int open = app.filter().openStreams();
                report.add(String.format("RESULT heap streams=%d serverOpen=%d perStream=%.0f bytes (heap %d -> %d MiB),"
                        + " direct buffers %+d bytes", level, open, (after - before) / (double) (level - previous),
                        before >> 20, after >> 20, directAfter - directBefore));
                report.add(ask(toClient, fromClient, "ring " + rings));
                report.add(ask(toClient, fromClient, "broadcast " + broadcasts));
                previous = level;
            }
            report.add(ask(toClient, fromClient, "lifecycles " + lifecycleSeconds + " " + lifecycleThreads));
            report.add("RESULT " + InProcessLifecycles.run(app.calls(), lifecycleThreads,
                    Duration.ofSeconds(lifecycleSeconds)));
            ask(toClient, fromClient, "quit");
        } finally {
            client.destroy();
            client.waitFor(5, TimeUnit.SECONDS);
            app.close();
        }
        System.out.println();
        System.out.println("==== sse-load results ====");
        report.forEach(System.out::println);
        System.exit(0);
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
