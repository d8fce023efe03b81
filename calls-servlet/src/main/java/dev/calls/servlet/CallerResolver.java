package dev.calls.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells the filter who is making a request. The host's authentication (a session, a token, Spring
 * Security) has already run; this only reads its result. A request without a caller is answered
 * {@code 401 unauthenticated}.
 *
 * <p>Implementations are called once per API request on the container's thread, must be thread-safe and
 * cheap, and must not throw for an anonymous request (return empty instead).
 */
@FunctionalInterface
public interface CallerResolver {

    /**
     * The request attribute the {@linkplain #fromPrincipal() default resolver} reads the tenant from: a
     * host filter running before the calls filter may set it to a {@code String}.
     */
    String TENANT_ATTRIBUTE = "dev.calls.tenant";

    /** The tenant the default resolver uses when the request carries no {@link #TENANT_ATTRIBUTE}. */
    String DEFAULT_TENANT = "default";

    /** The caller of this request, or empty when the request is anonymous. */
    Optional<Caller> resolve(HttpServletRequest request);

    /**
     * The default: the user id is {@code request.getUserPrincipal().getName()}; the tenant is the
     * {@link #TENANT_ATTRIBUTE} request attribute when a host filter set one, otherwise
     * {@value #DEFAULT_TENANT} (a single-tenant application).
     */
    static CallerResolver fromPrincipal() {
        return fromPrincipal(request -> request.getAttribute(TENANT_ATTRIBUTE) instanceof String s && !s.isBlank()
                ? s : DEFAULT_TENANT);
    }

    /**
     * The user id from {@code request.getUserPrincipal()}, the tenant from {@code tenant}; a request whose
     * tenant function returns null or blank is treated as anonymous.
     */
    static CallerResolver fromPrincipal(Function<HttpServletRequest, String> tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return request -> {
            Principal principal = request.getUserPrincipal();
            if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
                return Optional.empty();
            }
            String t = tenant.apply(request);
            if (t == null || t.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(Caller.of(t, principal.getName()));
        };
    }
}
