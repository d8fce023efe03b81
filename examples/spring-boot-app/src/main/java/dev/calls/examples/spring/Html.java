package dev.calls.examples.spring;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;

/** The pages' frame: escaping, the top bar with sign-out, and the HTML document around a body. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String csrfField(CsrfToken csrf) {
        return csrf == null ? "" : "<input type=\"hidden\" name=\"" + escape(csrf.getParameterName()) + "\" value=\""
                + escape(csrf.getToken()) + "\">";
    }

    static String nav(CrmUser me, String organization, CsrfToken csrf) {
        return """
                <nav class="bar">
                  <strong>CRM</strong>
                  <a href="/">People &amp; customers</a>
                  <a href="/history">Call history</a>%s
                  <div class="me" data-calls-status-menu></div>
                  <span class="who">%s · %s</span>
                  <form method="post" action="/logout" data-calls-sign-out>%s<button type="submit">Sign out</button></form>
                </nav>
                """.formatted(me.getAuthorities().stream().anyMatch(a -> CrmUser.ADMIN_ROLE.equals(a.getAuthority()))
                        ? "\n  <a href=\"/admin\">Admin</a>" : "",
                escape(me.getDisplayName()), escape(organization), csrfField(csrf));
    }

    static ResponseEntity<String> page(String title, String bodyAttributes, String body) {
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s · CRM</title>
                  <link rel="stylesheet" href="/app.css">
                </head>
                <body %s>
                %s</body>
                </html>
                """.formatted(escape(title), bodyAttributes, body);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }
}
