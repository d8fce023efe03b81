package dev.calls.spring;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The tenant attribute of OAuth2 and OIDC logins; only loaded when spring-security-oauth2-core is present. */
final class OAuth2Tenants {
    private OAuth2Tenants() {
    }

    static String fromPrincipal(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal
                && principal.getAttribute(CallsTenantResolver.TENANT_CLAIM) instanceof String tenant) {
            return tenant;
        }
        return null;
    }
}
