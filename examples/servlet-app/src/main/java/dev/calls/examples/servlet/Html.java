package dev.calls.examples.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Escaping and the page frame shared by the example's pages. */
final class Html {
    private Html() {
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Writes a page; scripts and styles come only from this origin. */
    static void page(HttpServletResponse response, String title, String bodyAttributes, String body) throws IOException {
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Calls example</title>
                <link rel="stylesheet" href="/static/app.css">
                </head>
                <body %s>
                %s
                </body>
                </html>
                """.formatted(escape(title), bodyAttributes, body);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The bar on top of signed-in pages. */
    static String nav(Account account, String organization) {
        return """
                <header class="bar">
                  <strong>Calls example</strong>
                  <nav><a href="/">People</a> <a href="/history">History</a></nav>
                  <span class="who">%s · %s</span>
                  <form method="post" action="/logout"><button type="submit">Sign out</button></form>
                </header>
                """.formatted(escape(account.name()), escape(organization));
    }
}
