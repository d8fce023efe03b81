package dev.calls.examples.servlet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.examples.servlet.AppOptions;
import dev.calls.examples.servlet.DemoUsers;
import dev.calls.examples.servlet.RunningApp;
import dev.calls.examples.servlet.ServletApp;
import dev.calls.examples.servlet.Settings;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The servlet example booted in-process for the browser tests: a test clock and manual scheduler (ring
 * timeouts happen when a test moves time), the stand-in media deployment at the app's own address, and
 * an HTTP client to check what the server holds.
 */
final class BrowserApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final StandInJitsi jitsi;
    final RunningApp app;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    BrowserApp() throws Exception {
        this(Map.of());
    }

    /** With these {@code calls.*} settings (the database is each app's own). */
    BrowserApp(Map<String, String> settings) throws Exception {
        // the stand-in deployment lives at the app's address, so the port is chosen before the app starts
        int port = freePort();
        jitsi = new StandInJitsi("http://127.0.0.1:" + port);
        app = ServletApp.start(AppOptions.defaults().port(port).settings(dev.calls.examples.servlet.TestSettings.of(settings))
                .engine(b -> b.clock(clock).scheduler(scheduler))
                // a closed page's stream is noticed at the next heartbeat: soon, for the presence tests
                .filter(f -> f.heartbeatInterval(Duration.ofSeconds(1)))
                .meetingProvider(jitsi)
                .web(c -> {
                    c.addServlet(new ServletHolder(new StandInJitsi.ScriptServlet()), StandInJitsi.PATH + "*");
                    // before the application's sign-in: guests without an account load the deployment's script too
                    org.eclipse.jetty.ee10.servlet.FilterHolder script =
                            new org.eclipse.jetty.ee10.servlet.FilterHolder(new StandInJitsi.ScriptFilter());
                    script.setName("stand-in-jitsi");
                    c.getServletHandler().prependFilter(script);
                    org.eclipse.jetty.ee10.servlet.FilterMapping mapping = new org.eclipse.jetty.ee10.servlet.FilterMapping();
                    mapping.setFilterName("stand-in-jitsi");
                    mapping.setPathSpec(StandInJitsi.PATH + "*");
                    mapping.setDispatcherTypes(java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                    c.getServletHandler().prependFilterMapping(mapping);
                }));
        base = app.uri();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Moves past the ring timeout: ringing calls become missed. */
    void ringOut() {
        scheduler.advance(Duration.ofSeconds(31));
    }

    /** The API as {@code user} (HTTP Basic); null body means none. */
    JsonNode api(String user, String method, String path, String body) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/calls" + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("X-Requested-With", "test");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode call(String user, String callId) {
        return api(user, "GET", "/" + callId, null);
    }

    @Override
    public void close() {
        app.close();
    }
}
