package dev.calls.servlet.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.NotFoundException;
import dev.calls.guest.GuestView;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The page a guest's link opens, without sign-in or cookie: the meeting's title and time (in the guest's local
 * time), who hosts it, the guest's name (editable when the host allowed it), a camera and microphone check, then
 * the waiting room, and once admitted the call window. Everything past the first paint comes from the guest
 * endpoints ({@code …/state}, {@code …/knock}, {@code …/join}); nothing on the page names the room before
 * admission. A pass that does not work is the plain not-found page. Runs under a content security policy with a
 * per-response nonce: this page's one script, this origin's modules, the media deployment's script and frame
 * (any https origin, as the page cannot know the deployment before admission); no referrer leaves it.
 */
final class GuestPage {
    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestPage() {
    }

    static Reply reply(ApiRequest r, dev.calls.Calls calls, String pass, ObjectMapper mapper)
            throws JsonProcessingException {
        GuestView view;
        try {
            view = calls.guests().view(pass);
        } catch (NotFoundException e) {
            return EmbedPage.notFound(r, "guest link");
        }
        String nonce = nonce();
        ObjectNode data = mapper.createObjectNode();
        String base = r.apiBase() + "/guest/" + pass;
        data.put("state", base + "/state");
        data.put("knock", base + "/knock");
        data.put("join", base + "/join");
        data.put("leave", base + "/leave");
        data.put("module", r.apiBase() + "/client/guest.js");
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%2$s</title>
                <style nonce="%1$s">body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f5f6f8;color:#1b1f24}main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}h1{font-size:1.4rem;margin:0 0 .25rem}label{display:block;margin:1rem 0 .25rem;font-weight:600}input{font:inherit;padding:.4rem .6rem;width:100%%;box-sizing:border-box}button{font:inherit;padding:.5rem 1rem;margin:.75rem .5rem 0 0;border-radius:6px;border:1px solid #888;background:#fff;cursor:pointer}button.primary{background:#1565c0;color:#fff;border-color:#1565c0}video{width:100%%;max-height:14rem;background:#222;border-radius:8px;margin-top:.5rem}.muted{color:#555}[role=alert]{color:#b00020;font-weight:600}</style>
                </head>
                <body>
                <main id="calls-guest" aria-live="polite">
                <h1 id="calls-guest-title">%2$s</h1>
                <p id="calls-guest-when" class="muted"></p>
                <p id="calls-guest-status" role="status">Loading…</p>
                </main>
                <script type="application/json" id="calls-guest-data">%3$s</script>
                <script type="module" nonce="%1$s">
                const data = JSON.parse(document.getElementById('calls-guest-data').textContent);
                import(data.module)
                  .then((m) => m.guestPage(data))
                  .catch((e) => {
                    document.getElementById('calls-guest-status').textContent = (e && e.message) || 'This page could not be loaded.';
                  });
                </script>
                </body>
                </html>
                """.formatted(nonce, EmbedPage.attribute(view.title()), EmbedPage.scriptJson(mapper.writeValueAsString(data)));
        String csp = "default-src 'none'; script-src 'nonce-" + nonce + "' 'self' https:; style-src 'nonce-" + nonce
                + "'; frame-src 'self' https:; connect-src 'self'; img-src 'self' data:; media-src 'self' data: blob:;"
                + " base-uri 'none'; form-action 'none'";
        return EmbedPage.page(html, csp).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
