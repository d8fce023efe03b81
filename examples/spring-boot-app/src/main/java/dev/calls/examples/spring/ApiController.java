package dev.calls.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CRM's JSON API for single-page apps (the React example): {@code POST /api/login} trades a username and
 * password for a bearer token, as the requirements' own front-end signs in; {@code POST /api/logout} revokes it;
 * {@code GET /api/me} and {@code GET /api/people} give the signed-in user and the organization's people and
 * customers. Errors are problem+json with a stable {@code code}.
 */
@RestController
public class ApiController {
    private final People people;
    private final Customers customers;
    private final Organizations organizations;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    /** A hash to compare against when the user does not exist, so that costs what a wrong password costs. */
    private final String nobody;

    public ApiController(People people, Customers customers, Organizations organizations, PasswordEncoder passwords,
            ApiTokens tokens) {
        this.people = people;
        this.customers = customers;
        this.organizations = organizations;
        this.passwords = passwords;
        this.tokens = tokens;
        this.nobody = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /** {@code {"username","password"}}. */
    record LoginRequest(String username, String password) {}

    /** The signed-in user as the API shows them. */
    record Me(String username, String displayName, String organizationId, String organizationName) {}

    /** {@code {"token","user"}}: send the token as {@code Authorization: Bearer …}. */
    record LoginResponse(String token, Me user, long expiresInSeconds) {}

    /** A colleague or a customer; {@code userId} is whom a call button rings (the account manager for a customer). */
    record Entry(String kind, String id, String name, String note, String userId) {}

    record PeopleResponse(List<Entry> employees, List<Entry> customers) {}

    @PostMapping("/api/login")
    ResponseEntity<?> login(@RequestBody LoginRequest body) {
        if (body == null || blank(body.username()) || blank(body.password())) {
            return problem(HttpStatus.BAD_REQUEST, "invalid_request", "Give a username and a password.");
        }
        Person person = people.findById(body.username().trim()).orElse(null);
        // the same answer, and a hash comparison either way, whether the user exists or not
        String hash = person != null ? person.getPasswordHash() : nobody;
        if (!passwords.matches(body.password(), hash) || person == null) {
            return problem(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Wrong username or password.");
        }
        return ResponseEntity.ok(new LoginResponse(tokens.issue(person.getUsername()), me(new CrmUser(person)),
                ApiTokens.LIFETIME.toSeconds()));
    }

    @PostMapping("/api/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        BearerTokenFilter.token(request).ifPresent(tokens::revoke);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal CrmUser me) {
        return new Me(me.getUsername(), me.getDisplayName(), me.getOrganizationId(),
                organizations.findById(me.getOrganizationId()).map(Organization::getName).orElse(me.getOrganizationId()));
    }

    @GetMapping("/api/people")
    PeopleResponse people(@AuthenticationPrincipal CrmUser me) {
        String org = me.getOrganizationId();
        List<Person> colleagues = people.findByOrganizationIdOrderByDisplayName(org).stream()
                .filter(p -> !p.getUsername().equals(me.getUsername()))
                .sorted(Comparator.comparing(Person::getDisplayName, PeopleController::naturally)).toList();
        Map<String, Person> byName = colleagues.stream().collect(Collectors.toMap(Person::getUsername, Function.identity()));
        List<Entry> employees = colleagues.stream()
                .map(p -> new Entry("employee", p.getUsername(), p.getDisplayName(), p.getEmail(), p.getUsername())).toList();
        List<Entry> clients = customers.findByOrganizationIdOrderByName(org).stream().map(c -> {
            Person manager = byName.get(c.getAccountManager());
            String note = manager != null ? "account manager " + manager.getDisplayName() : "your account";
            return new Entry("customer", String.valueOf(c.getId()), c.getName() + " · " + c.getCompany(), note,
                    manager != null ? manager.getUsername() : null);
        }).toList();
        return new PeopleResponse(employees, clients);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Send JSON (Content-Type: application/json).");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "invalid_request", "The body is not the JSON this endpoint takes.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        p.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
