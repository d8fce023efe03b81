package dev.calls.examples.servlet;

import dev.calls.servlet.CallerResolver;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * The host's sign-in: a session from the login form, or HTTP Basic on each request. A signed-in request
 * carries the username as its principal and the organization in {@link CallerResolver#TENANT_ATTRIBUTE}.
 * Pages send strangers to the login form; API requests pass on anonymous and the calls filter answers 401.
 */
final class Authentication implements Filter {
    static final String SESSION_USER = "username";

    private final Directory directory;
    private final String apiBase;

    Authentication(Directory directory, String apiBase) {
        this.directory = directory;
        this.apiBase = apiBase;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Account> account = signedIn(request);
        if (account.isPresent()) {
            request.setAttribute(CallerResolver.TENANT_ATTRIBUTE, account.get().tenant());
            chain.doFilter(new SignedInRequest(request, account.get()), response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") || path.startsWith("/static/") || path.equals(apiBase) || path.startsWith(apiBase + "/")) {
            chain.doFilter(request, response);
        } else if (request.getHeader("Authorization") != null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"calls example\", charset=\"UTF-8\"");
            response.sendError(401);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    private Optional<Account> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Account> account = directory.byUsername(username);
            if (account.isPresent()) {
                return account;
            }
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return directory.authenticateBasic("Basic " + header.substring(6));
        }
        return Optional.empty();
    }

    /** The request as the rest of the application sees it once the user is known. */
    static final class SignedInRequest extends HttpServletRequestWrapper {
        private final Account account;

        SignedInRequest(HttpServletRequest request, Account account) {
            super(request);
            this.account = account;
        }

        @Override
        public Principal getUserPrincipal() {
            return account::username;
        }

        @Override
        public String getRemoteUser() {
            return account.username();
        }

        Account account() {
            return account;
        }
    }

    /** The signed-in account of a request that passed this filter. */
    static Account account(HttpServletRequest request) {
        HttpServletRequest r = request;
        while (r instanceof HttpServletRequestWrapper w) {
            if (w instanceof SignedInRequest s) {
                return s.account();
            }
            r = (HttpServletRequest) w.getRequest();
        }
        throw new IllegalStateException("not signed in");
    }
}
