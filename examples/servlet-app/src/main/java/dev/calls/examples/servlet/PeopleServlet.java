package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.presence.PresenceView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code GET /}: the organization's people with presence and call buttons; {@code /static/app.js} does the rest. */
final class PeopleServlet extends HttpServlet {
    private final Calls calls;
    private final Directory directory;
    private final String apiBase;

    PeopleServlet(Calls calls, Directory directory, String apiBase) {
        this.calls = calls;
        this.directory = directory;
        this.apiBase = apiBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account me = Authentication.account(request);
        List<Account> others = directory.members(me.tenant()).stream()
                .filter(a -> !a.username().equals(me.username())).toList();
        List<PresenceView> presence = calls.presence().get(me.tenant(), others.stream().map(Account::username).toList());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < others.size(); i++) {
            Account a = others.get(i);
            PresenceView p = presence.get(i);
            String status = p.effectiveStatus().wire();
            String disabled = p.callable() ? "" : " disabled";
            rows.append("""
                    <li class="person" data-user="%1$s">
                      <span class="dot %2$s" aria-hidden="true"></span>
                      <span class="name">%3$s</span>
                      <span class="status">%2$s</span>
                      <button type="button" data-call="audio" data-to="%1$s"%4$s>Audio call</button>
                      <button type="button" data-call="video" data-to="%1$s"%4$s>Video call</button>
                    </li>
                    """.formatted(Html.escape(a.username()), status, Html.escape(a.name()), disabled));
        }
        String body = Html.nav(me, directory.organizationName(me.tenant())) + """
                <main>
                  <section class="me">
                    <label for="my-status">My status</label>
                    <select id="my-status">
                      <option value="online">Online</option><option value="away">Away</option>
                      <option value="busy">Busy</option>
                    </select>
                    <span id="notice" role="status"></span>
                  </section>
                  <h1>People in %s</h1>
                  <ul class="people">
                %s  </ul>
                  <section id="call-panel" hidden>
                    <p id="call-text"></p>
                    <div id="call-actions"></div>
                    <iframe id="call-frame" title="Call" allow="camera; microphone; display-capture; autoplay; clipboard-write" hidden></iframe>
                  </section>
                </main>
                <script type="module" src="/static/app.js"></script>
                """.formatted(Html.escape(directory.organizationName(me.tenant())), rows);
        Html.page(response, "People", "data-api=\"" + Html.escape(request.getContextPath() + apiBase)
                + "\" data-user=\"" + Html.escape(me.username()) + "\"", body);
    }
}
