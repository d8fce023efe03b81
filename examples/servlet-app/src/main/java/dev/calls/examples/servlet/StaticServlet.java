package dev.calls.examples.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** {@code /static/*}: the style sheet, and the meetings form's time-zone script, from the class path (the calls client brings its own script). */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of("/app.css", "text/css;charset=utf-8",
            "/zone.js", "text/javascript;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            response.sendError(404);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream("/static" + name)) {
            byte[] bytes = in.readAllBytes();
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
