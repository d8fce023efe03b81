package dev.calls.servlet.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.JoinInfo;
import dev.calls.servlet.http.ApiRequest;
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
        UUID id = r.callId();
        Call call = calls.get(id, r.user());
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
        return Reply.text("text/html", html)
                .header("Content-Security-Policy", csp + "; frame-ancestors 'self'")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Referrer-Policy", "no-referrer");
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
