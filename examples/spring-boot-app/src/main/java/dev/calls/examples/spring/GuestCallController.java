package dev.calls.examples.spring;

import dev.calls.Calls;
import dev.calls.CallsException;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.guest.GuestCall;
import dev.calls.guest.GuestRequest;
import dev.calls.spring.CallsProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /customers/{id}/guest-call}: "Call as guest" on a customer's row. A customer has no account in the
 * CRM, so the call rings them through a guest pass: the page shows the personal link to send them (once), and the
 * browser client shows the ringing call; with "waiting room" the customer waits until the caller admits them.
 */
@Controller
class GuestCallController {
    private final Calls calls;
    private final Customers customers;
    private final CallsProperties properties;

    GuestCallController(Calls calls, Customers customers, CallsProperties properties) {
        this.calls = calls;
        this.customers = customers;
        this.properties = properties;
    }

    @PostMapping("/customers/{id}/guest-call")
    ResponseEntity<String> call(@AuthenticationPrincipal CrmUser me, CsrfToken csrf, @PathVariable long id,
            @RequestParam(name = "waitingRoom", required = false) String waitingRoom,
            @RequestParam(name = "type", required = false) String type, HttpServletRequest request) {
        Customer customer = customers.findById(id).filter(c -> c.getOrganizationId().equals(me.getOrganizationId()))
                .orElse(null);
        if (customer == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("no such customer");
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + properties.getBasePath() + "/guest/";
        GuestCall gc;
        try {
            gc = calls.guests().call(UserRef.of(me.getOrganizationId(), me.getUsername()),
                    "audio".equals(type) ? MediaType.AUDIO : MediaType.VIDEO,
                    new GuestRequest(customer.getName(), null, waitingRoom != null, null), base);
        } catch (CallsException e) {
            return ResponseEntity.status(e.code() == dev.calls.ErrorCode.RATE_LIMITED ? 429 : 409)
                    .body(Html.escape(e.getMessage()));
        }
        String link = base + gc.invite().token();
        String body = Html.nav(me, me.getOrganizationId(), csrf) + """
                <main>
                  <h1>Calling %1$s as a guest</h1>
                  <p role="status" data-guest-link>Send %1$s this personal link (shown only once); the call rings for them
                  as long as it rings: <a href="%2$s">%2$s</a></p>
                  <p><a href="/">Back to people and customers</a></p>
                </main>
                <script type="module" src="%3$s/client.js"></script>
                """.formatted(Html.escape(customer.getName()), Html.escape(link), Html.escape(properties.getBasePath()));
        return Html.page("Calling " + customer.getName(), "", body);
    }
}
