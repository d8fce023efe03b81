package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.presence.PresenceView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /}: the organization's people. Each row is a {@code data-calls-user} element: the calls client
 * gives it a live presence dot and call buttons, and puts the status menu into the bar's {@code data-calls-status-menu}.
 */
final class PeopleServlet extends HttpServlet {
    private final Calls calls;
    private final Directory directory;
    private final PageFrame frame;

    PeopleServlet(Calls calls, Directory directory, PageFrame frame) {
        this.calls = calls;
        this.directory = directory;
        this.frame = frame;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account me = Authentication.account(request);
        List<Account> others = directory.members(me.tenant()).stream()
                .filter(a -> !a.username().equals(me.username())).toList();
        // the first paint, before the client takes over
        List<PresenceView> presence = calls.presence().get(me.tenant(), others.stream().map(Account::username).toList());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < others.size(); i++) {
            Account a = others.get(i);
            rows.append("""
                    <li class="person" data-calls-user="%1$s" data-calls-name="%2$s"><span class="name">%2$s</span><span class="status" data-calls-status>%3$s</span></li>
                    """.formatted(Html.escape(a.username()), Html.escape(a.name()),
                    label(presence.get(i).effectiveStatus().wire())));
        }
        String body = Html.nav(me, directory.organizationName(me.tenant())) + """
                <main>
                  <h1>People in %s</h1>
                  <ul class="people">
                %s  </ul>
                </main>
                """.formatted(Html.escape(directory.organizationName(me.tenant())), rows);
        frame.write(response, "People", "", body, true);
    }

    private static String label(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }
}
