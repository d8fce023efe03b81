package dev.calls.spring;

import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import java.util.List;
import java.util.Optional;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a resolver as if Spring Security had authenticated the request. */
final class SecurityCallers {
    private SecurityCallers() {
    }

    static Optional<Caller> resolveAs(CallerResolver resolver, String username) {
        return resolve(resolver, UsernamePasswordAuthenticationToken.authenticated(username, "n/a", List.of()),
                new MockHttpServletRequest());
    }

    static Optional<Caller> resolve(CallerResolver resolver, Authentication authentication,
            MockHttpServletRequest request) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return resolver.resolve(request);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
