package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.UserRef;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.MediaServer;
import dev.calls.servlet.support.TestServer;
import dev.calls.testing.EngineFixture;
import dev.calls.webhook.JaasWebhookReceiver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Where the filter answers, what it leaves to the host, and the ways a host installs it. */
class FilterPlacementTest {

    @Test
    void requestOutsideBasePathThenPassedToTheHost() {
        try (TestServer server = new TestServer()) {
            Api host = new Api(server.root);

            assertThat(host.get("acme/alice", "/index.html").body()).isEqualTo("host");
            assertThat(host.get("acme/alice", "/api/callsx").body()).isEqualTo("host");
            assertThat(host.get("acme/alice", "/api").body()).isEqualTo("host");
        }
    }

    @Test
    void contextPathThenLocationAndRoutesBelowIt() {
        try (TestServer server = new TestServer(b -> b, o -> o, "/crm", c -> { })) {
            server.engine.online("alice", "bob");

            Res r = server.api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"]}");

            assertThat(server.api.base.getPath()).isEqualTo("/crm/api/calls");
            assertThat(r.header("Location")).isEqualTo("/crm/api/calls/" + r.json().get("id").asText());
        }
    }

    @Test
    void customBasePathThenAnswersThereOnly() {
        try (TestServer server = new TestServer(b -> b, o -> o.basePath("/rtc/v1"), "", c -> { })) {
            Api rtc = new Api(server.root.resolve("/rtc/v1"));

            assertThat(rtc.get("acme/alice", "/presence/me").json().get("userId").asText()).isEqualTo("alice");
            assertThat(server.api.get("acme/alice", "/presence/me").body()).isEqualTo("host");
        }
    }

    /** A host filter that runs the rest of the chain twice, as a careless retry filter might. */
    static final class TwiceFilter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(req, res);
            chain.doFilter(req, res);
        }
    }

    @Test
    void chainRunTwiceThenRequestHandledOnce() {
        try (TestServer server = new TestServer(b -> b.announceCallPresence(false), o -> o, "", context -> context.addFilter(
                new FilterHolder(new TwiceFilter()), "/*", EnumSet.of(DispatcherType.REQUEST)))) {
            server.engine.online("alice", "bob");

            Res r = server.api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"]}");

            assertThat(r.status()).isEqualTo(201);
            assertThat(server.engine.calls.activeCalls(UserRef.of("acme", "bob"))).hasSize(1);
            // two users coming online and one call.ringing: no second call, no second event
            assertThat(server.engine.calls.events().lastSequence()).isEqualTo(3);
        }
    }

    @Test
    void uninstallThenPassesDownWithoutRestartAndInstallAnswersAgain() {
        try (TestServer server = new TestServer()) {
            server.filter.uninstall();
            Res passed = server.api.get("acme/alice", "/presence/me");
            server.filter.install();
            Res answered = server.api.get("acme/alice", "/presence/me");

            assertThat(passed.body()).isEqualTo("host");
            assertThat(server.filter.isInstalled()).isTrue();
            assertThat(answered.json().get("userId").asText()).isEqualTo("alice");
        }
    }

    /** The host's login: the principal is the user id, the tenant goes in a request attribute. */
    static final class HostLogin implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) req;
            String user = http.getHeader("X-Login");
            if (user == null) {
                chain.doFilter(req, res);
                return;
            }
            req.setAttribute(CallerResolver.TENANT_ATTRIBUTE, "acme");
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public Principal getUserPrincipal() {
                    return () -> user;
                }
            }, res);
        }
    }

    @Test
    void webXmlStyleFilterThenEngineFromContextAndPrincipalResolver() throws Exception {
        try (EngineFixture engine = new EngineFixture()) {
            Server jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.setAttribute(CallsFilter.CALLS_ATTRIBUTE, engine.calls);
            context.addFilter(new FilterHolder(new HostLogin()), "/*", EnumSet.of(DispatcherType.REQUEST));
            FilterHolder calls = new FilterHolder(CallsFilter.class);
            calls.setAsyncSupported(true);
            calls.setInitParameter("base-path", "/calls");
            context.addFilter(calls, "/calls/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(TestServerHostServlet.class, "/*");
            jetty.setHandler(context);
            jetty.start();
            try {
                Api api = new Api(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/calls"));

                Res me = api.send(api.request(null, "/presence/me").header("X-Login", "carol").GET());
                Res anonymous = api.get(null, "/presence/me");

                assertThat(me.json().get("userId").asText()).isEqualTo("carol");
                assertThat(me.json().get("name").asText()).isEqualTo("Carol Chen");
                assertThat(anonymous.status()).isEqualTo(401);
            } finally {
                jetty.stop();
            }
        }
    }

    @Test
    void webXmlStyleFilterThenWebhookReceiverFromContextAndPublicBaseUrlFromInitParameter() throws Exception {
        try (EngineFixture engine = new EngineFixture()) {
            Server jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.setAttribute(CallsFilter.CALLS_ATTRIBUTE, engine.calls);
            context.setAttribute(CallsFilter.JAAS_WEBHOOKS_ATTRIBUTE,
                    JaasWebhookReceiver.builder(engine.calls).secret(MediaServer.JAAS_SECRET).build());
            context.addFilter(new FilterHolder(new HostLogin()), "/*", EnumSet.of(DispatcherType.REQUEST));
            FilterHolder calls = new FilterHolder(CallsFilter.class);
            calls.setAsyncSupported(true);
            calls.setInitParameter("public-base-url", "https://app.example.com");
            context.addFilter(calls, "/api/calls/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(TestServerHostServlet.class, "/*");
            jetty.setHandler(context);
            jetty.start();
            try {
                Api api = new Api(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/calls"));
                byte[] body = MediaServer.jaas("w1", "ROOM_CREATED", "room", engine.clock.instant(), "{}");

                Res hook = api.raw("POST", "/webhooks/jaas", null, body, "Content-Type", "application/json",
                        "X-Jaas-Signature", MediaServer.sign(body, engine.clock.instant()));
                Res meeting = api.send(api.request(null, "/meetings").header("X-Login", "alice")
                        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
                                .ofString(MeetingRoutesTest.request("Review", engine.clock.instant().plusSeconds(3600),
                                        engine.clock.instant().plusSeconds(7200), null, "bob"))));

                assertThat(hook.status()).isEqualTo(200);
                assertThat(hook.json().get("result").asText()).isEqualTo("ignored");
                assertThat(meeting.json().get("joinUrl").asText())
                        .startsWith("https://app.example.com/api/calls/embed/meetings/");
            } finally {
                jetty.stop();
            }
        }
    }

    @Test
    void defaultResolverWithoutTenantAttributeThenDefaultTenant() {
        var resolver = CallerResolver.fromPrincipal();
        HttpServletRequest request = new HttpServletRequestWrapper(
                (HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> null)) {
            @Override
            public Principal getUserPrincipal() {
                return () -> "zoe";
            }
        };

        assertThat(resolver.resolve(request)).hasValue(Caller.of(CallerResolver.DEFAULT_TENANT, "zoe"));
    }

    /** The host servlet of {@link TestServer}, reachable by class for holders that instantiate it. */
    public static final class TestServerHostServlet extends jakarta.servlet.http.HttpServlet {
        @Override
        protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws IOException {
            resp.getWriter().print("host");
        }
    }

}
