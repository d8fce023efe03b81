package dev.calls.examples.servlet;

import dev.calls.Calls;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /admin}: the organization administrator's page: statistics drawn by Chart.js and the live calls,
 * from the library's {@code admin.js}. To anyone the engine's admin policy does not name, it does not exist.
 */
final class AdminServlet extends HttpServlet {
    private final Calls calls;
    private final Directory directory;
    private final String apiBase;
    private final PageFrame frame;

    AdminServlet(Calls calls, Directory directory, String apiBase, PageFrame frame) {
        this.calls = calls;
        this.directory = directory;
        this.apiBase = apiBase;
        this.frame = frame;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account me = Authentication.account(request);
        if (!calls.admin().isAdmin(me.profile().ref())) {
            response.sendError(404);
            return;
        }
        String body = Html.nav(me, directory.organizationName(me.tenant())) + """
                <main>
                  <h1>%s: calls</h1>
                  <form class="admin-range" data-admin="range">
                    <label>Last <select name="bucket"><option value="day">30 days</option>
                      <option value="hour">48 hours</option></select></label>
                  </form>
                  <section id="calls-admin" class="admin" data-api="%s"></section>
                </main>
                <script src="/static/chart.umd.js"></script>
                <script type="module" src="/static/admin-page.js"></script>
                """.formatted(Html.escape(directory.organizationName(me.tenant())), Html.escape(apiBase));
        frame.write(response, "Admin", "", body, true);
    }
}
