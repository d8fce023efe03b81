package dev.calls.servlet.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Calls;
import dev.calls.NotFoundException;
import dev.calls.meeting.Meeting;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The page a meeting's invitation links to. For a signed-in attendee it loads the browser client and opens
 * the meeting full-page ({@code openMeeting(id, {fullPage: true})}), which fetches a token when the join
 * window is open and says when it opens otherwise. A visitor who is not signed in is asked to sign in; a
 * signed-in user who is not an attendee gets {@code 404}. Like the call embed page, it runs under a
 * content security policy with a per-response nonce: this page's one script, this origin's client module,
 * and the media deployment's script and frame; only the host's own pages may frame it.
 */
final class MeetingPage {
    private static final SecureRandom RANDOM = new SecureRandom();

    private MeetingPage() {
    }

    static Reply reply(ApiRequest r, Calls calls, ObjectMapper mapper) throws JsonProcessingException {
        UUID id;
        Meeting meeting;
        String nonce = nonce();
        try {
            id = r.meetingId();
            if (r.caller() == null) {
                return signIn(r, nonce);
            }
            meeting = calls.meetings().get(id, r.user());
        } catch (ProblemException | NotFoundException e) {
            if (EmbedPage.wantsHtml(r) && (e instanceof NotFoundException || ((ProblemException) e).type().status() == 404)) {
                return EmbedPage.notFound(r, "meeting");
            }
            throw e;
        }
        String media = origin(calls.meetings().roomUrl(meeting));
        ObjectNode data = mapper.createObjectNode();
        data.put("apiBase", r.apiBase());
        data.put("client", r.apiBase() + "/client.js");
        data.put("meetingId", meeting.id().toString());
        data.put("title", meeting.title());
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%2$s</title>
                <style nonce="%1$s">html,body{margin:0;padding:0;width:100%%;height:100%%;background:#111;color:#eee;font:16px/1.4 system-ui,sans-serif}main{padding:2rem}</style>
                </head>
                <body>
                <main id="calls-meeting-page"><h1>%2$s</h1><p id="calls-meeting-status" role="status">Opening the meeting…</p></main>
                <script type="application/json" id="calls-meeting">%3$s</script>
                <script type="module" nonce="%1$s">
                const data = JSON.parse(document.getElementById('calls-meeting').textContent);
                import(data.client)
                  .then((client) => client.calls.openMeeting(data.meetingId, { fullPage: true }))
                  .catch((e) => {
                    document.getElementById('calls-meeting-status').textContent = (e && e.message) || 'The meeting could not be opened.';
                  });
                </script>
                </body>
                </html>
                """.formatted(nonce, EmbedPage.attribute(meeting.title()),
                EmbedPage.scriptJson(mapper.writeValueAsString(data)));
        String csp = "default-src 'none'; script-src 'nonce-" + nonce + "' 'self' " + media
                + "; style-src 'nonce-" + nonce + "'; frame-src " + media
                + "; connect-src 'self'; img-src 'self' data:; media-src 'self' data:; base-uri 'none'; form-action 'none'";
        return EmbedPage.page(html, csp);
    }

    /** No caller: nothing about the meeting, only where to sign in (the application's start page). */
    private static Reply signIn(ApiRequest r, String nonce) {
        String home = r.servletRequest().getContextPath() + "/";
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>Sign in to join the meeting</title>
                <style nonce="%1$s">body{margin:0;padding:2rem;font:16px/1.4 system-ui,sans-serif}</style>
                </head>
                <body>
                <main>
                <h1>Sign in to join the meeting</h1>
                <p>This meeting is only for its invitees. <a href="%2$s">Sign in</a>, then open the link from your invitation again.</p>
                </main>
                </body>
                </html>
                """.formatted(nonce, EmbedPage.attribute(home));
        String csp = "default-src 'none'; style-src 'nonce-" + nonce + "'; base-uri 'none'; form-action 'none'";
        return EmbedPage.page(html, csp);
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getRawAuthority();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException("the meeting provider gave an unusable URL");
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
