package dev.calls.examples.spring;

import dev.calls.Calls;
import dev.calls.CallsException;
import dev.calls.Participant;
import dev.calls.UserRef;
import dev.calls.EndReason;
import dev.calls.history.HistoryEntry;
import dev.calls.history.Outcome;
import dev.calls.history.HistoryPage;
import dev.calls.spring.CallsProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /history}: the signed-in user's calls, newest first; {@code ?missed=true} for missed calls only. */
@Controller
public class HistoryController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Calls calls;
    private final Organizations organizations;
    private final CallsProperties properties;

    public HistoryController(Calls calls, Organizations organizations, CallsProperties properties) {
        this.calls = calls;
        this.organizations = organizations;
        this.properties = properties;
    }

    @GetMapping("/history")
    ResponseEntity<String> history(@AuthenticationPrincipal CrmUser me, CsrfToken csrf,
            @RequestParam(defaultValue = "false") boolean missed, @RequestParam(required = false) String cursor) {
        HistoryPage page;
        try {
            page = calls.history(UserRef.of(me.getOrganizationId(), me.getUsername()), missed, null, cursor, 20);
        } catch (CallsException e) {
            return ResponseEntity.badRequest().body("bad cursor");
        }
        StringBuilder rows = new StringBuilder();
        for (HistoryEntry e : page.items()) {
            String with = e.call().participants().stream().filter(p -> !p.userId().equals(me.getUsername()))
                    .map(Participant::name).map(Html::escape).collect(Collectors.joining(", "));
            // the calls client shows <time data-calls-local> in the reader's zone; nobody talked: a dash, not 0:00
            long s = e.duration().toSeconds();
            boolean talked = e.outcome() == Outcome.ANSWERED || e.outcome() == Outcome.ONGOING || s > 0;
            String outcome = e.outcome() == Outcome.MISSED && e.call().endReason() == EndReason.BUSY ? "missed (you were busy)"
                    : e.outcome() == Outcome.MISSED && e.call().endReason() == EndReason.UNAVAILABLE
                    ? "missed (not taking calls)"
                    : e.outcome() == Outcome.UNAVAILABLE ? "not taking calls" : e.outcome().wire().replace('_', ' ');
            // data-label: on a phone each row is a card whose cells name themselves
            rows.append("<tr class=\"").append(e.outcome().wire()).append("\"><td data-label=\"When\"><time data-calls-local datetime=\"")
                    .append(e.call().createdAt()).append("\">").append(WHEN.format(e.call().createdAt()))
                    .append("</time></td><td data-label=\"Direction\">").append(e.direction().wire())
                    .append("</td><td data-label=\"With\">").append(with).append("</td><td data-label=\"Type\">")
                    .append(e.call().type().wire())
                    .append("</td><td data-label=\"Outcome\">").append(outcome).append("</td><td data-label=\"Duration\">")
                    .append(talked ? String.format("%d:%02d", s / 60, s % 60) : "—").append("</td></tr>\n");
        }
        String next = page.nextCursor() == null ? "" : "<a class=\"next\" href=\"/history?"
                + (missed ? "missed=true&amp;" : "") + "cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8)
                + "\">Older calls</a>";
        String orgName = organizations.findById(me.getOrganizationId()).map(Organization::getName)
                .orElse(me.getOrganizationId());
        String body = Html.nav(me, orgName, csrf) + """
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
                <script type="module" src="%s/client.js"></script>
                """.formatted(missed ? "Missed calls" : "Call history", rows,
                page.items().isEmpty() ? "<p class=\"empty\">No calls yet.</p>" : "", next,
                Html.escape(properties.getBasePath()));
        return Html.page("History", "", body);
    }
}
