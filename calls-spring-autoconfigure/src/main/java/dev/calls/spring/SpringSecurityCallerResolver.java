package dev.calls.spring;

import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of a request as Spring Security authenticated it: the user id is {@link Authentication#getName()},
 * the tenant comes from a {@link CallsTenantResolver}. Anonymous and unauthenticated requests have no caller
 * (the API answers {@code 401 unauthenticated}). Thread-safe.
 */
public final class SpringSecurityCallerResolver implements CallerResolver {
    private final CallsTenantResolver tenants;

    public SpringSecurityCallerResolver(CallsTenantResolver tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Optional<Caller> resolve(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String userId = authentication.getName();
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        String tenant = tenants.tenant(authentication, request);
        if (tenant == null || tenant.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Caller.of(tenant, userId));
    }
}
