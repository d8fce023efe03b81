package dev.calls.servlet.support;

import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.testing.EngineFixture;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real Jetty on a random loopback port with the calls filter in front of a host servlet that answers
 * everything else with {@code 200 host}. The engine runs on a test clock and a manual scheduler; event
 * streams beat every 200 ms. Every API response is checked against {@code openapi.json}; closing the server
 * fails with the list of those the document does not allow.
 */
public final class TestServer implements AutoCloseable {
    public final EngineFixture engine;
    public final InMemoryEventTransport transport = new InMemoryEventTransport();
    public final CallsFilter filter;
    public final Server jetty;
    public final URI root;
    public final Api api;
    /** Every API response this server sent, checked against {@code openapi.json}. */
    public final ContractRecorder contract;

    public TestServer() {
        this(b -> b, o -> o, "", c -> { });
    }

    public TestServer(UnaryOperator<CallsBuilder> engineSettings,
            UnaryOperator<CallsFilterOptions.Builder> filterSettings, String contextPath,
            Consumer<ServletContextHandler> hostSetup) {
        this(engineSettings, (calls, filter) -> filter.options(filterSettings.apply(options()).build()), contextPath,
                hostSetup);
    }

    /** A server whose filter is made with the engine at hand (media-server receivers need it). */
    public TestServer(UnaryOperator<CallsBuilder> engineSettings,
            BiFunction<Calls, CallsFilter.Builder, CallsFilter.Builder> filterSettings, String contextPath,
            Consumer<ServletContextHandler> hostSetup) {
        this.engine = new EngineFixture(b -> engineSettings.apply(b.eventTransport(transport)));
        this.filter = filterSettings.apply(engine.calls, CallsFilter.builder(engine.calls, new HeaderCallerResolver())
                .options(options().build())).build();
        this.jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
        context.addServlet(new ServletHolder(new HostServlet()), "/*");
        hostSetup.accept(context);
        CallsFilter.register(context.getServletContext(), filter);
        this.contract = new ContractRecorder(filter.options().basePath(), context);
        jetty.setHandler(contract);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.root = URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath);
        this.api = new Api(root.resolve(contextPath + "/api/calls"));
    }

    /** The tests' filter settings: event streams beat every 200 ms. */
    private static CallsFilterOptions.Builder options() {
        return CallsFilterOptions.builder().heartbeatInterval(Duration.ofMillis(200));
    }

    /** The host application behind the filter. */
    static final class HostServlet extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (resp.isCommitted()) {
                return;
            }
            resp.setStatus(200);
            resp.setHeader(ContractRecorder.HOST_HEADER, "true");
            resp.setContentType("text/plain");
            resp.getWriter().print("host");
        }
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            filter.destroy();
            engine.close();
        }
        List<String> violations = contract.violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("responses that openapi.json does not allow:\n  " + String.join("\n  ", violations));
        }
    }
}
