package dev.calls.examples.spring;

import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.spring.CallsProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /admin}: the organization administrator's page (users with {@code ROLE_CALLS_ADMIN}): statistics
 * drawn by Chart.js from its webjar and the live calls, from the library's {@code admin.js}. To anyone else it
 * does not exist.
 */
@Controller
public class AdminController {
    private final Calls calls;
    private final Organizations organizations;
    private final CallsProperties properties;

    public AdminController(Calls calls, Organizations organizations, CallsProperties properties) {
        this.calls = calls;
        this.organizations = organizations;
        this.properties = properties;
    }

    @GetMapping("/admin")
    ResponseEntity<String> admin(@AuthenticationPrincipal CrmUser me, CsrfToken csrf) {
        if (!calls.admin().isAdmin(UserRef.of(me.getOrganizationId(), me.getUsername()))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("not found");
        }
        String orgName = organizations.findById(me.getOrganizationId()).map(Organization::getName)
                .orElse(me.getOrganizationId());
        String body = Html.nav(me, orgName, csrf) + """
                <main>
                  <h1>%s: calls</h1>
                  <form class="admin-range" data-admin="range">
                    <label>Last <select name="bucket"><option value="day">30 days</option>
                      <option value="hour">48 hours</option></select></label>
                  </form>
                  <section id="calls-admin" class="admin" data-api="%s"></section>
                </main>
                <script src="/webjars/chart.js/%s/dist/chart.umd.js"></script>
                <script type="module" src="/admin-page.js"></script>
                <script type="module" src="%s/client.js"></script>
                """.formatted(Html.escape(orgName), Html.escape(properties.getBasePath()), ChartJs.VERSION,
                Html.escape(properties.getBasePath()));
        return Html.page("Admin", "", body);
    }
}
