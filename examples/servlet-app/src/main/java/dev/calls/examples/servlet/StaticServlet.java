package dev.calls.examples.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /static/*}: the style sheet, the meetings form's time-zone script and the admin page's script from the
 * class path (the calls client brings its own script), and {@code /static/chart.umd.js}, Chart.js from its webjar.
 */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of("/app.css", "text/css;charset=utf-8",
            "/zone.js", "text/javascript;charset=utf-8", "/admin-page.js", "text/javascript;charset=utf-8",
            "/chart.umd.js", "text/javascript;charset=utf-8");
    /** Where the webjar keeps Chart.js; its version is the one the build resolved. */
    static final String CHART_JS = "/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.js";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            response.sendError(404);
            return;
        }
        String resource = name.equals("/chart.umd.js") ? CHART_JS : "/static" + name;
        try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
            byte[] bytes = in.readAllBytes();
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static String chartJsVersion() {
        try (InputStream in = StaticServlet.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Chart.js webjar missing from the class path", e);
        }
    }
}
