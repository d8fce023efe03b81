package dev.calls.servlet.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.JoinInfo;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * A page that shows one call full-size, for its participants: it loads the deployment's
 * {@code external_api.js} and opens the room with the viewer's own join information. Everything from
 * outside is escaped, and a content security policy with a per-response nonce allows only this page's
 * scripts, the deployment's script and its frame.
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
        URI meeting = httpUri("https://" + join.domain() + "/");
        String nonce = nonce();
        ObjectNode data = mapper.createObjectNode();
        data.put("apiBase", r.apiBase());
        data.put("callId", call.id().toString());
        data.put("type", call.type().wire());
        data.put("domain", join.domain());
        data.put("room", join.room());
        data.put("jwt", join.jwt());
        data.put("displayName", call.participant(r.user().userId()).map(p -> p.name()).orElse(r.user().userId()));
        data.put("email", r.caller().email());
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>Call</title>
                <style nonce="%1$s">html,body,#call{margin:0;padding:0;width:100%%;height:100%%;background:#111}</style>
                </head>
                <body>
                <div id="call"></div>
                <script type="application/json" id="calls-join">%2$s</script>
                <script nonce="%1$s" src="%3$s"></script>
                <script nonce="%1$s">
                (function () {
                  var join = JSON.parse(document.getElementById('calls-join').textContent);
                  var api = new JitsiMeetExternalAPI(join.domain, {
                    roomName: join.room,
                    jwt: join.jwt || undefined,
                    parentNode: document.getElementById('call'),
                    width: '100%%',
                    height: '100%%',
                    userInfo: { displayName: join.displayName, email: join.email || undefined },
                    configOverwrite: {
                      prejoinConfig: { enabled: false },
                      startWithVideoMuted: join.type === 'audio',
                      deeplinking: { disabled: true },
                      p2p: { enabled: true }
                    }
                  });
                  api.addListener('readyToClose', function () {
                    fetch(join.apiBase + '/' + encodeURIComponent(join.callId) + '/leave', {
                      method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'calls' }
                    }).finally(function () { api.dispose(); });
                  });
                })();
                </script>
                </body>
                </html>
                """.formatted(nonce, scriptJson(mapper.writeValueAsString(data)), attribute(script.toString()));
        String csp = "default-src 'none'; script-src 'nonce-" + nonce + "' " + origin(script)
                + "; style-src 'nonce-" + nonce + "'; frame-src " + origin(meeting)
                + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
        return Reply.text("text/html", html)
                .header("Content-Security-Policy", csp)
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
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

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

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
