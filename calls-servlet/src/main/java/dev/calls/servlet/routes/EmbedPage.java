package dev.calls.servlet.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.JoinInfo;
import dev.calls.NotFoundException;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A page that shows one call full-size, for its participants: the browser client opens the call in a
 * full-page window ({@code calls.openCall(id, {fullPage: true})}), with the viewer's own join information. A
 * content security policy with a per-response nonce allows only this page's module, this origin's client,
 * the deployment's script host and its frames; both hosts come from the viewer's join information. Only the
 * host's own pages may frame it.
 */
final class EmbedPage {
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbedPage() {
    }

    static Reply reply(ApiRequest r, Calls calls, ObjectMapper mapper) throws JsonProcessingException {
        UUID id;
        Call call;
        try {
            id = r.callId();
            call = calls.get(id, r.user());
        } catch (ProblemException | NotFoundException e) {
            if (wantsHtml(r) && (e instanceof NotFoundException || ((ProblemException) e).type().status() == 404)) {
                return notFound(r, "call");
            }
            throw e;
        }
        JoinInfo join = calls.join(id, r.user());
        URI script = httpUri(join.scriptUrl());
        Set<String> frames = new LinkedHashSet<>();
        frames.add(origin(httpUri("https://" + join.domain() + "/")));
        frames.add(origin(httpUri(join.url())));
        String nonce = nonce();
        String module = scriptJson(mapper.writeValueAsString(r.apiBase() + "/client.js"));
        String callId = scriptJson(mapper.writeValueAsString(call.id().toString()));
        String html = """
                <!doctype html>
                <html lang="en" data-calls-manual>
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>Call</title>
                <style nonce="%1$s">html,body{margin:0;padding:0;width:100%%;height:100%%;background:#111}</style>
                </head>
                <body>
                <script type="module" nonce="%1$s">
                import { calls } from %2$s;
                calls.openCall(%3$s, { fullPage: true });
                </script>
                </body>
                </html>
                """.formatted(nonce, module, callId);
        String csp = "default-src 'none'; script-src 'nonce-" + nonce + "' 'self' " + origin(script)
                + "; style-src 'nonce-" + nonce + "'; frame-src " + String.join(" ", frames)
                + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
        return page(html, csp);
    }

    /**
     * A full page under {@code csp}, which only the host's own pages may frame: another site framing it
     * could overlay the call's buttons and trick the user into answering or sharing. {@code frame-ancestors}
     * says so to current browsers, {@code X-Frame-Options} to old ones.
     */
    static Reply page(String html, String csp) {
        return page(200, html, csp);
    }

    static Reply page(int status, String html, String csp) {
        return Reply.text(status, "text/html", html)
                .header("Content-Security-Policy", csp + "; frame-ancestors 'self'")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Referrer-Policy", "no-referrer");
    }

    /**
     * A link a person follows that leads nowhere (a mistyped, cancelled or foreign meeting or call): a 404 page a
     * person can read, with the way back to the application, instead of problem+json.
     */
    static Reply notFound(ApiRequest r, String what) {
        String nonce = nonce();
        String home = r.servletRequest().getContextPath() + "/";
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%2$s not found</title>
                <style nonce="%1$s">body{margin:0;padding:2rem;font:16px/1.4 system-ui,sans-serif}</style>
                </head>
                <body>
                <main>
                <h1>%2$s not found</h1>
                <p>This link does not lead to a %3$s you can join: it may be mistyped, the %3$s may have been cancelled, or it is
                for someone else. <a href="%4$s">Back to the application</a></p>
                </main>
                </body>
                </html>
                """.formatted(nonce, attribute(what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)), attribute(what),
                attribute(home));
        String csp = "default-src 'none'; style-src 'nonce-" + nonce + "'; base-uri 'none'; form-action 'none'";
        return page(404, html, csp);
    }

    /** Whether the request comes from a person's browser following a link (it asks for HTML), not from a program. */
    static boolean wantsHtml(ApiRequest r) {
        String accept = r.servletRequest().getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static URI httpUri(String value) {
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException("the meeting provider gave an unusable URL");
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** JSON inside a script element: nothing in it may close the element or start a comment. */
    /** Escapes text for an HTML attribute or element body. */
    static String attribute(String value) {
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

    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
