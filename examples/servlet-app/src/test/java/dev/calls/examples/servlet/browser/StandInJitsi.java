package dev.calls.examples.servlet.browser;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A media deployment for the browser tests, at the test server itself: join information like a token
 * deployment's (a token per user and room), whose {@code scriptUrl} is the stand-in {@code external_api.js}
 * the test app serves under {@value #PATH}. The real script cannot be fetched here.
 */
public final class StandInJitsi implements MeetingProvider {
    public static final String PATH = "/test-jitsi/";
    public static final String SCRIPT = "external_api.js";

    private final String origin;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private volatile String display;
    private volatile String meetingHost;

    /** @param origin the test server, such as {@code http://127.0.0.1:41234} */
    public StandInJitsi(String origin) {
        this.origin = origin;
    }

    /** The token the stand-in hands {@code user} for {@code room}: tests compare it with what the browser used. */
    public static String token(String userId, String room) {
        return "stand-in-token." + userId + "." + room;
    }

    public String domain() {
        return origin.substring(origin.indexOf("://") + 3);
    }

    /** Points this user's join information at a script the server does not have: their browser cannot load Jitsi. */
    public void breakScriptFor(String userId) {
        broken.add(userId);
    }

    public void repairScripts() {
        broken.clear();
    }

    /** Join information from now on says how browsers show the room: {@code embed}, {@code window}, or null (default). */
    public void display(String display) {
        this.display = display;
    }

    /**
     * The host of the meeting pages from now on, or null for the test server's own: {@code localhost} serves the
     * same pages on another origin (for the browser), as a real deployment's would be.
     */
    public void meetingHost(String host) {
        this.meetingHost = host;
    }

    @Override
    public String id() {
        return "stand-in";
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        String userId = request.user().ref().userId();
        String token = token(userId, request.room());
        String script = broken.contains(userId) ? "missing.js" : SCRIPT;
        return new JoinInfo(id(), domain(), request.room(), roomUrl(request.room()) + "?jwt=" + token, token,
                "stand-in-app", request.now().plus(Duration.ofHours(1)), origin + PATH + script, display);
    }

    @Override
    public String roomUrl(String room) {
        String host = meetingHost;
        URI server = URI.create(origin);
        String pages = host == null ? origin : server.getScheme() + "://" + host + ":" + server.getPort();
        return pages + PATH + room;
    }

    /**
     * Serves {@value #PATH} ahead of the application's sign-in, as a real deployment's script is served to anyone
     * (a guest without an account loads it too); the rest goes on.
     */
    static final class ScriptFilter implements jakarta.servlet.Filter {
        private final ScriptServlet script = new ScriptServlet();

        @Override
        public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res,
                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith(PATH) && "GET".equals(request.getMethod())) {
                script.serve(path.substring(PATH.length() - 1), (HttpServletResponse) res);
                return;
            }
            chain.doFilter(req, res);
        }
    }

    /** Serves the stand-in script; anything else under {@value #PATH} is not found. */
    public static final class ScriptServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            serve(request.getPathInfo(), response);
        }

        void serve(String pathInfo, HttpServletResponse response) throws IOException {
            if (!("/" + SCRIPT).equals(pathInfo)) {
                response.sendError(404);
                return;
            }
            try (InputStream in = StandInJitsi.class.getResourceAsStream("/stand-in/" + SCRIPT)) {
                byte[] bytes = in.readAllBytes();
                response.setContentType("text/javascript;charset=utf-8");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        }
    }
}
