package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.EndReason;
import dev.calls.history.HistoryEntry;
import dev.calls.history.Outcome;
import dev.calls.history.HistoryPage;
import dev.calls.CallsException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** {@code GET /history[?missed=true][&cursor=…]}: the signed-in user's calls, newest first, with call-back buttons. */
final class HistoryServlet extends HttpServlet {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Calls calls;
    private final Directory directory;
    private final PageFrame frame;

    HistoryServlet(Calls calls, Directory directory, PageFrame frame) {
        this.calls = calls;
        this.directory = directory;
        this.frame = frame;
    }

    /** A time in UTC, which the calls client shows in the reader's own time zone (data-calls-local). */
    static String when(java.time.Instant at) {
        return "<time data-calls-local datetime=\"" + at + "\">" + WHEN.format(at) + "</time>";
    }

    /** The same words on both sides of a call; a call missed while the user talked in another says so. */
    static String outcome(HistoryEntry e) {
        return switch (e.outcome()) {
            case ONGOING -> "ongoing";
            case ANSWERED -> "answered";
            case MISSED -> e.call().endReason() == EndReason.BUSY ? "missed (you were busy)"
                    : e.call().endReason() == EndReason.UNAVAILABLE ? "missed (not taking calls)" : "missed";
            case DECLINED -> "declined";
            case NO_ANSWER -> "no answer";
            case CANCELLED -> "cancelled";
            case BUSY -> "busy";
            case UNAVAILABLE -> "not taking calls";
            case FAILED -> "failed";
        };
    }

    /** Talk time, or a dash for a call nobody talked in (not "0:00"). */
    static String duration(HistoryEntry e) {
        if (e.outcome() != Outcome.ANSWERED && e.outcome() != Outcome.ONGOING && e.duration().isZero()) {
            return "<span aria-label=\"no talk time\">—</span>";
        }
        long s = e.duration().toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account me = Authentication.account(request);
        boolean missed = "true".equals(request.getParameter("missed"));
        String cursor = request.getParameter("cursor");
        HistoryPage page;
        try {
            page = calls.history(me.profile().ref(), missed, null, cursor, 20);
        } catch (CallsException e) {
            response.sendError(400, "bad cursor");
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (HistoryEntry e : page.items()) {
            // each name is a data-calls-user element: the client adds presence and call-back buttons
            String with = e.call().participants().stream().filter(p -> !p.userId().equals(me.username()))
                    .map(p -> "<span class=\"with\" data-calls-user=\"" + Html.escape(p.userId()) + "\" data-calls-name=\""
                            + Html.escape(p.name()) + "\">" + Html.escape(p.name()) + "</span>")
                    .collect(Collectors.joining(" "));
            rows.append("<tr class=\"").append(e.outcome().wire()).append("\"><td data-label=\"When\">")
                    .append(when(e.call().createdAt())).append("</td><td data-label=\"Direction\">").append(e.direction().wire())
                    .append("</td><td data-label=\"With\">").append(with).append("</td><td data-label=\"Type\">")
                    .append(e.call().type().wire()).append("</td><td data-label=\"Outcome\">").append(Html.escape(outcome(e)))
                    .append("</td><td data-label=\"Duration\">").append(duration(e)).append("</td></tr>\n");
        }
        String next = page.nextCursor() == null ? "" : "<a class=\"next\" href=\"/history?"
                + (missed ? "missed=true&amp;" : "") + "cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8)
                + "\">Older calls</a>";
        String body = Html.nav(me, directory.organizationName(me.tenant())) + """
                <main>
                  <h1>%s</h1>
                  <p><a href="/history">All calls</a> · <a href="/history?missed=true">Missed calls</a></p>
                  <table class="history">
                    <thead><tr><th>When</th><th>Direction</th><th>With</th><th>Type</th><th>Outcome</th><th>Duration</th></tr></thead>
                    <tbody>
                %s    </tbody>
                  </table>
                  %s
                  %s
                </main>
                """.formatted(missed ? "Missed calls" : "Call history", rows,
                page.items().isEmpty() ? "<p class=\"empty\">No calls yet.</p>" : "", next);
        frame.write(response, "History", "", body, true);
    }
}
