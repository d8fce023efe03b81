package dev.calls.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.servlet.http.ApiDispatcher;
import dev.calls.servlet.http.Route;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.Json;
import dev.calls.servlet.routes.ApiRoutes;
import dev.calls.servlet.sse.StreamHub;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Serves the Calls HTTP API, the server-sent event stream, the embed page and the browser client under one
 * base path (default {@code /api/calls}), and passes every other request down the chain untouched.
 *
 * <p>Register it once, async-supported, after the host's authentication:
 * <pre>{@code
 * CallsFilter.register(servletContext, calls, CallerResolver.fromPrincipal());
 * }</pre>
 * With settings and media-server receivers:
 * <pre>{@code
 * CallsFilter filter = CallsFilter.builder(calls, resolver)
 *         .options(CallsFilterOptions.builder().basePath("/rtc").build())
 *         .jaasWebhooks(jaasReceiver).jitsiEventSync(eventSyncReceiver).build();
 * CallsFilter.register(servletContext, filter);
 * }</pre>
 * Or declare it in {@code web.xml} with the no-argument constructor; it then takes the engine from the
 * servlet context attribute {@link #CALLS_ATTRIBUTE} (and an optional resolver from
 * {@link #RESOLVER_ATTRIBUTE}, media-server receivers from {@link #JAAS_WEBHOOKS_ATTRIBUTE} and
 * {@link #JITSI_EVENT_SYNC_ATTRIBUTE}), and reads the init parameters {@code base-path},
 * {@code heartbeat-seconds} and {@code public-base-url}.
 *
 * <p>A request is handled at most once, however often the filter is mapped or dispatched to.
 * {@link #uninstall()} makes the filter stop answering at once, without a restart: it then only passes
 * requests on.
 */
public class CallsFilter implements Filter {
    /**
     * Where the filter sits among a framework's ordered filters: after authentication such as Spring
     * Security's (-100), so the caller is known, and before ordinary application filters.
     */
    public static final int DEFAULT_ORDER = -50;
    /** The filter's name when registered through {@link #register}. */
    public static final String FILTER_NAME = "callsFilter";
    /** Servlet context attribute holding the {@link Calls} engine for a filter declared in {@code web.xml}. */
    public static final String CALLS_ATTRIBUTE = Calls.class.getName();
    /** Servlet context attribute holding an optional {@link CallerResolver} for a filter declared in {@code web.xml}. */
    public static final String RESOLVER_ATTRIBUTE = CallerResolver.class.getName();
    /** Servlet context attribute holding an optional {@link JaasWebhookReceiver} for a filter declared in {@code web.xml}. */
    public static final String JAAS_WEBHOOKS_ATTRIBUTE = JaasWebhookReceiver.class.getName();
    /** Servlet context attribute holding an optional {@link JitsiEventSyncReceiver} for a filter declared in {@code web.xml}. */
    public static final String JITSI_EVENT_SYNC_ATTRIBUTE = JitsiEventSyncReceiver.class.getName();

    private static final String HANDLED = CallsFilter.class.getName() + ".handled";

    private volatile Wiring wiring;
    private volatile boolean installed = true;

    private record Wiring(Calls calls, CallsFilterOptions options, StreamHub hub, Router router,
            ApiDispatcher dispatcher) {
    }

    /** What a filter is made of besides its settings: the media-server receivers, each optional. */
    private record Receivers(JaasWebhookReceiver jaas, JitsiEventSyncReceiver eventSync) {
    }

    /** For {@code web.xml}: the engine and settings come from the servlet context in {@link #init}. */
    public CallsFilter() {
    }

    /** A filter with the default options. */
    public CallsFilter(Calls calls, CallerResolver resolver) {
        this(calls, resolver, CallsFilterOptions.defaults());
    }

    /** A filter with these settings and no media-server receivers; see {@link #builder} for those. */
    public CallsFilter(Calls calls, CallerResolver resolver, CallsFilterOptions options) {
        this(calls, resolver, options, new Receivers(null, null));
    }

    private CallsFilter(Calls calls, CallerResolver resolver, CallsFilterOptions options, Receivers receivers) {
        this.wiring = wire(Objects.requireNonNull(calls, "calls"), Objects.requireNonNull(resolver, "resolver"),
                Objects.requireNonNull(options, "options"), receivers);
    }

    /** A builder for a filter serving {@code calls} to the callers {@code resolver} finds. */
    public static Builder builder(Calls calls, CallerResolver resolver) {
        return new Builder(Objects.requireNonNull(calls, "calls"), Objects.requireNonNull(resolver, "resolver"));
    }

    private static Wiring wire(Calls calls, CallerResolver resolver, CallsFilterOptions options,
            Receivers receivers) {
        ObjectMapper mapper = Json.mapper();
        StreamHub hub = new StreamHub(calls, options, mapper);
        Router router = ApiRoutes.router(calls, hub, mapper, options, receivers.jaas(), receivers.eventSync());
        return new Wiring(calls, options, hub, router,
                new ApiDispatcher(router, resolver, mapper, options.maxBodyBytes()));
    }

    /**
     * Adds the filter to a servlet context, async-supported, for request dispatches to the base path and
     * below, after the filters declared in {@code web.xml}. Call it from a
     * {@code ServletContainerInitializer} or a {@code ServletContextListener}.
     */
    public static FilterRegistration.Dynamic register(ServletContext context, Calls calls, CallerResolver resolver) {
        return register(context, new CallsFilter(calls, resolver));
    }

    /** Adds this filter to a servlet context; see {@link #register(ServletContext, Calls, CallerResolver)}. */
    public static FilterRegistration.Dynamic register(ServletContext context, CallsFilter filter) {
        FilterRegistration.Dynamic registration = context.addFilter(FILTER_NAME, filter);
        if (registration == null) {
            throw new IllegalStateException("a filter named " + FILTER_NAME + " is registered already");
        }
        registration.setAsyncSupported(true);
        String base = filter.options().basePath();
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, base, base + "/*");
        return registration;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        if (wiring != null) {
            return;
        }
        ServletContext context = config.getServletContext();
        if (!(context.getAttribute(CALLS_ATTRIBUTE) instanceof Calls calls)) {
            throw new ServletException("CallsFilter needs the Calls engine in the servlet context attribute "
                    + CALLS_ATTRIBUTE);
        }
        CallerResolver resolver = context.getAttribute(RESOLVER_ATTRIBUTE) instanceof CallerResolver r
                ? r : CallerResolver.fromPrincipal();
        JaasWebhookReceiver jaas = context.getAttribute(JAAS_WEBHOOKS_ATTRIBUTE) instanceof JaasWebhookReceiver j
                ? j : null;
        JitsiEventSyncReceiver eventSync = context.getAttribute(JITSI_EVENT_SYNC_ATTRIBUTE)
                instanceof JitsiEventSyncReceiver e ? e : null;
        wiring = wire(calls, resolver, InitParameters.options(config), new Receivers(jaas, eventSync));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Wiring w = wiring;
        if (w == null || !installed || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse httpResponse) || request.getAttribute(HANDLED) != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = pathBelowBase(http, w.options().basePath());
        if (path == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        w.dispatcher().handle(http, httpResponse, path, http.getContextPath() + w.options().basePath());
    }

    /** The path below the base path, starting with {@code /}, or null when the request is not for us. */
    static String pathBelowBase(HttpServletRequest request, String base) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return null;
        }
        String path = uri.substring(context.length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        if (path.equals(base)) {
            return "/";
        }
        return path.startsWith(base + "/") ? path.substring(base.length()) : null;
    }

    /** Stops answering at once and closes open event streams; requests then go down the chain. */
    public void uninstall() {
        installed = false;
        Wiring w = wiring;
        if (w != null) {
            w.hub().closeAll();
        }
    }

    /** Answers again after {@link #uninstall()}. */
    public void install() {
        installed = true;
    }

    public boolean isInstalled() {
        return installed;
    }

    /** The settings; for a {@code web.xml} filter only after {@link #init}. */
    public CallsFilterOptions options() {
        return requireWired().options();
    }

    /** Every route the filter answers, for documentation and tests. */
    public List<Route> routes() {
        return requireWired().router().routes();
    }

    /** Event streams open on this node. */
    public int openStreams() {
        return requireWired().hub().openStreams();
    }

    /** Event streams of one user open on this node. */
    public int openStreams(UserRef user) {
        return requireWired().hub().openStreams(user);
    }

    /** Collects what a filter needs besides the engine and the caller resolver; all of it is optional. */
    public static final class Builder {
        private final Calls calls;
        private final CallerResolver resolver;
        private CallsFilterOptions options = CallsFilterOptions.defaults();
        private JaasWebhookReceiver jaasWebhooks;
        private JitsiEventSyncReceiver jitsiEventSync;

        private Builder(Calls calls, CallerResolver resolver) {
            this.calls = calls;
            this.resolver = resolver;
        }

        /** The settings (default {@link CallsFilterOptions#defaults()}). */
        public Builder options(CallsFilterOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Answers {@code POST <base>/webhooks/jaas} with this receiver (null, the default: {@code 404 not_found}). */
        public Builder jaasWebhooks(JaasWebhookReceiver receiver) {
            this.jaasWebhooks = receiver;
            return this;
        }

        /**
         * Answers a self-hosted Jitsi's {@code event_sync} posts at {@code POST <base>/webhooks/jitsi/events/…}
         * with this receiver (null, the default: {@code 404 not_found}).
         */
        public Builder jitsiEventSync(JitsiEventSyncReceiver receiver) {
            this.jitsiEventSync = receiver;
            return this;
        }

        /** The filter, ready to be registered. */
        public CallsFilter build() {
            return new CallsFilter(calls, resolver, options, new Receivers(jaasWebhooks, jitsiEventSync));
        }
    }

    private Wiring requireWired() {
        Wiring w = wiring;
        if (w == null) {
            throw new IllegalStateException("the filter is not initialized yet");
        }
        return w;
    }

    /** Closes the event streams and stops the filter's threads; the engine stays open (the host closes it). */
    @Override
    public void destroy() {
        Wiring w = wiring;
        if (w != null) {
            w.hub().close();
        }
    }
}
