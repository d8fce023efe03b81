package dev.calls.spring;

import dev.calls.servlet.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.util.ClassUtils;

/** {@link CallsTenantResolver#byAttribute()}. */
final class DefaultTenantResolver implements CallsTenantResolver {
    static final DefaultTenantResolver INSTANCE = new DefaultTenantResolver();

    private static final boolean OAUTH2_CORE = present("org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal");
    private static final boolean RESOURCE_SERVER = present(
            "org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken");

    private DefaultTenantResolver() {
    }

    @Override
    public String tenant(Authentication authentication, HttpServletRequest request) {
        if (request.getAttribute(CallerResolver.TENANT_ATTRIBUTE) instanceof String set && !set.isBlank()) {
            return set;
        }
        String claimed = null;
        if (OAUTH2_CORE) {
            claimed = OAuth2Tenants.fromPrincipal(authentication);
        }
        if (claimed == null && RESOURCE_SERVER) {
            claimed = BearerTokenTenants.fromToken(authentication);
        }
        if (claimed == null && authentication.getDetails() instanceof Map<?, ?> details
                && details.get(TENANT_CLAIM) instanceof String s) {
            claimed = s;
        }
        return claimed != null && !claimed.isBlank() ? claimed : CallerResolver.DEFAULT_TENANT;
    }

    private static boolean present(String className) {
        return ClassUtils.isPresent(className, DefaultTenantResolver.class.getClassLoader());
    }
}
