package dev.calls.examples.servlet;

import dev.calls.BusyPolicy;
import dev.calls.Calls;
import dev.calls.CallsConfig;
import dev.calls.CallsBuilder;
import dev.calls.mail.SmtpInvitationMailer;
import dev.calls.push.HttpPushNotifier;
import dev.calls.push.mobile.MobilePush;
import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.spi.MeetingProvider;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A small host application on embedded Jetty, without Spring: sign-in (form and HTTP Basic), a people page
 * with presence and call buttons, a history page, a meetings page, and the Calls API under {@code /api/calls}
 * (with the media server's webhooks when their secrets are set).
 *
 * <pre>java -jar examples/servlet-app/target/calls-servlet-app.jar [--port 8080] [--host 127.0.0.1]</pre>
 *
 * <p>Data lives in an H2 file under {@code ./data/} unless {@code calls.datasource.url} names another database
 * (see {@link Database}).
 */
public final class ServletApp {
    private ServletApp() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port", System.getenv("PORT"), "8080"));
        String host = option(args, "--host", System.getenv("HOST"), "127.0.0.1");
        RunningApp app;
        try {
            app = start(AppOptions.defaults().port(port).host(host));
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "calls-example-shutdown"));
        System.out.println(banner(app));
        app.join();
    }

    private static String option(String[] args, String name, String env, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return env != null && !env.isBlank() ? env.trim() : fallback;
    }

    /** Starts Jetty with the application; port 0 picks a free one. */
    public static RunningApp start(AppOptions options) throws Exception {
        Settings settings = options.settings();
        Directory directory = options.directory();
        String apiBase = settings.get("calls.base-path", "/api/calls");
        MeetingProvider provider = options.meetingProvider() != null
                ? options.meetingProvider() : Providers.fromSettings(settings);
        BusyPolicy busyPolicy = settings.busyPolicy("calls.busy-policy", BusyPolicy.REFUSE);
        Database database = Database.open(settings);
        CallsBuilder builder = database.wire(Calls.builder())
                .userDirectory(directory)
                .adminPolicy(directory::isAdmin)
                .meetingProvider(provider)
                .ringTimeout(settings.duration("calls.ring-timeout", Duration.ofSeconds(30)))
                .presenceTimeout(settings.duration("calls.presence-timeout", Duration.ofMinutes(5)))
                .maxCallDuration(settings.duration("calls.max-call-duration", Duration.ofHours(8)))
                .idleTimeout(settings.duration("calls.idle-timeout", CallsConfig.DEFAULT_IDLE_TIMEOUT))
                .busyPolicy(busyPolicy)
                .guestSecret(settings.get("calls.guests.secret", null))
                .announceCallPresence(!"false".equalsIgnoreCase(settings.get("calls.announce-call-presence", "true")));
        HttpPushNotifier push;
        MobilePush mobile;
        SmtpInvitationMailer mail;
        try {
            mail = Mail.fromSettings(settings);
            push = Push.fromSettings(settings);
            mobile = Push.mobile(settings);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        // the mail links to this server's meeting page; its address is known once it listens
        AtomicReference<URI> serverUri = new AtomicReference<>();
        if (mail != null) {
            builder.invitationMailer(mail).invitationLinks(Mail.links(settings, apiBase, serverUri::get));
        }
        if (push != null) {
            builder.pushNotifier(push);
        }
        mobile.notifiers().forEach(builder::pushNotifier);
        Calls calls;
        try {
            calls = options.engine().apply(builder).build();
        } catch (RuntimeException e) {
            if (push != null) {
                push.close();
            }
            mobile.close();
            database.close();
            throw e;
        }
        AutoCloseable closeEngine = () -> {
            calls.close();
            if (push != null) {
                push.close();
            }
            mobile.close();
        };
        CallsFilter filter;
        try {
            CallsFilterOptions filterOptions = MediaServerHooks.options(settings,
                    options.filter().apply(CallsFilterOptions.builder().basePath(apiBase)));
            filter = MediaServerHooks.receivers(settings, calls, database.seenKeys(),
                    CallsFilter.builder(calls, resolver(directory)).options(filterOptions)).build();
        } catch (RuntimeException e) {
            closeEngine.close();
            database.close();
            throw e;
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(options.host());
        connector.setPort(options.port());
        // Longer than the event streams' 25 s heartbeat, so an idle stream is never cut by the connector.
        connector.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        FilterHolder authentication = new FilterHolder(new Authentication(directory, apiBase));
        authentication.setAsyncSupported(true);
        context.addFilter(authentication, "/*", EnumSet.of(DispatcherType.REQUEST));
        CallsFilter.register(context.getServletContext(), filter);
        // the pages let in the deployment that serves the meeting script and frames
        PageFrame frame = new PageFrame(apiBase, PageFrame.origin(provider.roomUrl("calls-example")));
        context.addServlet(new ServletHolder(new PeopleServlet(calls, directory, frame)), "");
        context.addServlet(new ServletHolder(new HistoryServlet(calls, directory, frame)), "/history");
        context.addServlet(new ServletHolder(new MeetingsServlet(calls, directory, apiBase, frame)), "/meetings");
        context.addServlet(new ServletHolder(new AdminServlet(calls, directory, apiBase, frame)), "/admin");
        context.addServlet(new ServletHolder(new LoginServlet(directory, frame)), "/login");
        context.addServlet(new ServletHolder(new LoginServlet(directory, frame)), "/logout");
        context.addServlet(new ServletHolder(new StaticServlet()), "/static/*");
        options.web().accept(context);
        server.setHandler(context);
        ApiErrorHandler.install(server, apiBase);
        try {
            server.start();
        } catch (Exception e) {
            closeEngine.close();
            database.close();
            throw e;
        }
        URI uri = URI.create("http://" + options.host() + ":" + connector.getLocalPort() + "/");
        serverUri.set(uri);
        return new RunningApp(server, calls, filter, uri, closeEngine, database, MediaServerHooks.describe(settings),
                mobile.describe() + (push != null ? " and the HTTP hook" : ""), mobile, Mail.describe(mail));
    }

    /** The signed-in account, with its name and e-mail for join tokens. */
    private static CallerResolver resolver(Directory directory) {
        return request -> Optional.ofNullable(request.getUserPrincipal())
                .flatMap(p -> directory.byUsername(p.getName()))
                .map(a -> new Caller(a.tenant(), a.username(), a.name(), a.email(), null));
    }

    static String banner(RunningApp app) {
        return """

                Calls servlet example running at %s
                  Sign in with one of the demo users (password %s):
                    Test Organization:  %s
                    Other Organization: %s
                  Meetings: %smeetings
                  API: %sapi/calls  (OpenAPI: %sapi/calls/openapi.json)
                  Media: %s
                  Phones: %s
                  Mail: %s
                  Calls, meetings, history and presence are stored in %s and survive a restart.
                  Scale-out: %s.
                """.formatted(app.uri(), DemoUsers.PASSWORD, String.join(", ", DemoUsers.testOrganization()),
                String.join(", ", DemoUsers.otherOrganization()), app.uri(), app.uri(), app.uri(),
                app.mediaServerHooks(), app.pushAdapters(), app.mail(),
                app.database().where(), app.database().scaleOut());
    }
}
