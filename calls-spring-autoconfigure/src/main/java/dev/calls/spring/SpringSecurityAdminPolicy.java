package dev.calls.spring;

import dev.calls.UserRef;
import dev.calls.spi.AdminPolicy;
import java.util.Objects;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An {@link AdminPolicy} on Spring Security: the user of the current request administers their tenant when
 * their {@link Authentication} is that user (its name is the user id, as {@link SpringSecurityCallerResolver}
 * reads it) and holds the configured authority ({@code calls.admin.authority}, default {@code ROLE_CALLS_ADMIN}).
 * Outside a request, or for anyone else, nobody is an administrator. Thread-safe.
 */
public final class SpringSecurityAdminPolicy implements AdminPolicy {
    private final String authority;

    public SpringSecurityAdminPolicy(String authority) {
        this.authority = Objects.requireNonNull(authority, "authority");
    }

    @Override
    public boolean isAdmin(UserRef user) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken
                || !user.userId().equals(a.getName())) {
            return false;
        }
        for (GrantedAuthority granted : a.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
