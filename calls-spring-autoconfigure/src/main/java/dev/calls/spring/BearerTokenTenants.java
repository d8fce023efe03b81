package dev.calls.spring;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** The tenant claim of bearer tokens (JWT or introspected); only loaded when the resource server is present. */
final class BearerTokenTenants {
    private BearerTokenTenants() {
    }

    static String fromToken(Authentication authentication) {
        if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                && token.getTokenAttributes().get(CallsTenantResolver.TENANT_CLAIM) instanceof String tenant) {
            return tenant;
        }
        return null;
    }
}
