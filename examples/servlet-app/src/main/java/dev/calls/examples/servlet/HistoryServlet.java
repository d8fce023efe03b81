package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.Participant;
import dev.calls.history.HistoryEntry;
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

/** {@code GET /history[?missed=true][&cursor=…]}: the signed-in user's calls, newest first. */
final class HistoryServlet extends HttpServlet {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Calls calls;
    private final Directory directory;

    HistoryServlet(Calls calls, Directory directory) {
        this.calls = calls;
        this.directory = directory;
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
            String with = e.call().participants().stream().filter(p -> !p.userId().equals(me.username()))
                    .map(Participant::name).map(Html::escape).collect(Collectors.joining(", "));
            long s = e.duration().toSeconds();
            rows.append("<tr class=\"").append(e.outcome().wire()).append("\"><td>")
                    .append(WHEN.format(e.call().createdAt())).append("</td><td>").append(e.direction().wire())
                    .append("</td><td>").append(with).append("</td><td>").append(e.call().type().wire())
                    .append("</td><td>").append(e.outcome().wire().replace('_', ' ')).append("</td><td>")
                    .append(s / 60).append(':').append(String.format("%02d", s % 60)).append("</td></tr>\n");
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
        Html.page(response, "History", "", body);
    }
}
