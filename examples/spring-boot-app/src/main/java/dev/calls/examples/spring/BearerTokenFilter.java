package dev.calls.examples.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} signs the request in as the token's user, for this request only (no
 * session): the React example's API calls and its event stream, which it reads with fetch because the
 * browser's EventSource cannot send this header. An unknown, expired or revoked token is answered at once with a
 * {@code 401} problem ({@code code: unauthenticated}, {@code WWW-Authenticate: Bearer error="invalid_token"}),
 * whatever session cookie comes with it: a signed-out token never falls back to the session's user. Only
 * {@code POST /api/login} and {@code /api/logout} pass with a stale token, as anonymous requests.
 */
public class BearerTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService users;

    public BearerTokenFilter(ApiTokens tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** Whether the request carries an {@code Authorization: Bearer} header, valid or not. */
    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The bearer token the request carries, if any. */
    static Optional<String> token(HttpServletRequest request) {
        if (!hasBearer(request)) {
            return Optional.empty();
        }
        String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user = token(request).flatMap(tokens::username).flatMap(this::load);
        // the session's user (if a cookie came too) must not stand in for the token's
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (user.isPresent()) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                    user.get().getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        if (user.isEmpty() && !signingInOrOut(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The bearer token is unknown, expired or signed out; sign in again (POST /api/login).\","
                    + "\"code\":\"unauthenticated\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A stale token must not stop a new sign-in, and signing out twice is no error. */
    private static boolean signingInOrOut(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/api/login") || path.equals("/api/logout"));
    }

    private Optional<UserDetails> load(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
