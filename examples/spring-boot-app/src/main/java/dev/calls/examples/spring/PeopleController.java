package dev.calls.examples.spring;

import dev.calls.Calls;
import dev.calls.presence.PresenceView;
import dev.calls.spring.CallsProperties;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /}: the organization's people and customers. Each row is a {@code data-calls-user} element: the calls
 * browser client gives it a live presence dot and audio and video call buttons, rings, answers and shows the call
 * window, and puts the status menu into the bar's {@code data-calls-status-menu}.
 */
@Controller
public class PeopleController {
    private final Calls calls;
    private final People people;
    private final Customers customers;
    private final Organizations organizations;
    private final CallsProperties properties;

    public PeopleController(Calls calls, People people, Customers customers, Organizations organizations,
            CallsProperties properties) {
        this.calls = calls;
        this.people = people;
        this.customers = customers;
        this.organizations = organizations;
        this.properties = properties;
    }

    @GetMapping("/")
    ResponseEntity<String> people(@AuthenticationPrincipal CrmUser me, CsrfToken csrf) {
        String org = me.getOrganizationId();
        List<Person> colleagues = people.findByOrganizationIdOrderByDisplayName(org).stream()
                .filter(p -> !p.getUsername().equals(me.getUsername()))
                .sorted(Comparator.comparing(Person::getDisplayName, PeopleController::naturally)).toList();
        Map<String, PresenceView> presence = calls.presence()
                .get(org, colleagues.stream().map(Person::getUsername).toList()).stream()
                .collect(Collectors.toMap(v -> v.user().userId(), Function.identity()));
        Map<String, Person> byName = colleagues.stream().collect(Collectors.toMap(Person::getUsername, Function.identity()));
        StringBuilder rows = new StringBuilder();
        for (Person p : colleagues) {
            rows.append(row(p.getUsername(), p.getDisplayName(), p.getDisplayName(), "", presence.get(p.getUsername())));
        }
        StringBuilder customerRows = new StringBuilder();
        for (Customer c : customers.findByOrganizationIdOrderByName(org)) {
            Person manager = byName.get(c.getAccountManager());
            String label = c.getName() + " · " + c.getCompany();
            // the customer has no account: a guest call rings them through a personal link
            String guestCall = """
                    <form method="post" action="/customers/%d/guest-call" class="guest-call" aria-label="Call %s as guest">%s\
                    <label><input type="checkbox" name="waitingRoom" value="on"> waiting room</label> \
                    <button type="submit">Call as guest</button></form>""".formatted(c.getId(), Html.escape(c.getName()),
                    Html.csrfField(csrf));
            if (manager == null) {
                customerRows.append("<li class=\"person\"><span></span><span class=\"name\">").append(Html.escape(label))
                        .append("</span><span class=\"status\">your account</span>").append(guestCall).append("</li>\n");
            } else {
                String r = row(manager.getUsername(), manager.getDisplayName(), label,
                        "account manager " + manager.getDisplayName(), presence.get(manager.getUsername()));
                int end = r.lastIndexOf("</li>");
                customerRows.append(r, 0, end).append(guestCall).append(r.substring(end));
            }
        }
        String orgName = organizations.findById(org).map(Organization::getName).orElse(org);
        String body = Html.nav(me, orgName, csrf) + """
                <main>
                  <h1>People in %s</h1>
                  <ul class="people" id="people">
                %s  </ul>
                  <h2>Customers</h2>
                  <ul class="people" id="customers">
                %s  </ul>
                </main>
                <script type="module" src="%s/client.js"></script>
                """.formatted(Html.escape(orgName), rows, customerRows, Html.escape(properties.getBasePath()));
        return Html.page("People", "", body);
    }

    /** "Call User 2" before "Call User 10". */
    static int naturally(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean digits = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0));
            int c = digits ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareToIgnoreCase(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * A row the calls client decorates with a live presence dot and "Call" / "Video call" buttons for
     * {@code calleeName}; {@code label} is what the row shows.
     */
    private static String row(String userId, String calleeName, String label, String note, PresenceView p) {
        String status = p == null ? "offline" : p.effectiveStatus().wire();
        return """
                    <li class="person" data-calls-user="%1$s" data-calls-name="%2$s">
                      <span class="name">%3$s <small>%4$s</small></span>
                      <span class="status" data-calls-status>%5$s</span>
                    </li>
                """.formatted(Html.escape(userId), Html.escape(calleeName), Html.escape(label), Html.escape(note), status);
    }
}
