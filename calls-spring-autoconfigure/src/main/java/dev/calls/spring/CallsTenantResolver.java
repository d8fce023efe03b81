package dev.calls.spring;

import dev.calls.servlet.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/**
 * Says which tenant (organization, realm, workspace) an authenticated user of a request belongs to, for the
 * Spring Security caller resolution. Declare one as a bean when the tenant lives in your own user store:
 * <pre>{@code
 * @Bean
 * CallsTenantResolver callsTenantResolver(UserRepository users) {
 *     return (authentication, request) -> users.organizationOf(authentication.getName());
 * }
 * }</pre>
 * Called once per API request on the container's thread; must be thread-safe and cheap.
 */
@FunctionalInterface
public interface CallsTenantResolver {

    /** The name of the attribute or claim the {@linkplain #byAttribute() default} reads. */
    String TENANT_CLAIM = "tenant";

    /** The tenant of {@code authentication}'s user, or null to treat the request as anonymous. */
    String tenant(Authentication authentication, HttpServletRequest request);

    /**
     * The default: the {@link CallerResolver#TENANT_ATTRIBUTE} request attribute when a filter of the host set
     * one, else a {@value #TENANT_CLAIM} attribute of an OAuth2 login or claim of a bearer token, else
     * {@value CallerResolver#DEFAULT_TENANT} (one tenant for everybody).
     */
    static CallsTenantResolver byAttribute() {
        return DefaultTenantResolver.INSTANCE;
    }
}
