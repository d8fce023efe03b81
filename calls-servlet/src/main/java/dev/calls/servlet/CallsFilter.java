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
import java.time.Duration;
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
 * or declare it in {@code web.xml} with the no-argument constructor; it then takes the engine from the
 * servlet context attribute {@link #CALLS_ATTRIBUTE} (and an optional resolver from
 * {@link #RESOLVER_ATTRIBUTE}), and reads the init parameters {@code base-path} and
 * {@code heartbeat-seconds}.
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

    private static final String HANDLED = CallsFilter.class.getName() + ".handled";

    private volatile Wiring wiring;
    private volatile boolean installed = true;

    private record Wiring(Calls calls, CallsFilterOptions options, StreamHub hub, Router router,
            ApiDispatcher dispatcher) {
    }

    /** For {@code web.xml}: the engine and settings come from the servlet context in {@link #init}. */
    public CallsFilter() {
    }

    /** A filter with the default options. */
    public CallsFilter(Calls calls, CallerResolver resolver) {
        this(calls, resolver, CallsFilterOptions.defaults());
    }

    public CallsFilter(Calls calls, CallerResolver resolver, CallsFilterOptions options) {
        this.wiring = wire(Objects.requireNonNull(calls, "calls"), Objects.requireNonNull(resolver, "resolver"),
                Objects.requireNonNull(options, "options"));
    }

    private static Wiring wire(Calls calls, CallerResolver resolver, CallsFilterOptions options) {
        ObjectMapper mapper = Json.mapper();
        StreamHub hub = new StreamHub(calls, options, mapper);
        Router router = ApiRoutes.router(calls, hub, mapper);
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
        CallsFilterOptions options = CallsFilterOptions.defaults();
        String base = config.getInitParameter("base-path");
        if (base != null && !base.isBlank()) {
            options = options.basePath(base.trim());
        }
        String heartbeat = config.getInitParameter("heartbeat-seconds");
        if (heartbeat != null && !heartbeat.isBlank()) {
            options = options.heartbeatInterval(Duration.ofSeconds(Long.parseLong(heartbeat.trim())));
        }
        wiring = wire(calls, resolver, options);
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
