package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

/** Who the caller is, from Spring Security's Authentication, and which tenant the default resolver picks. */
class SpringSecurityCallerResolverTest {
    private final SpringSecurityCallerResolver resolver = new SpringSecurityCallerResolver(CallsTenantResolver.byAttribute());

    @Test
    void authenticatedUserThenCallerIsTheirNameInTheDefaultTenant() {
        assertThat(SecurityCallers.resolveAs(resolver, "alice"))
                .contains(Caller.of(CallerResolver.DEFAULT_TENANT, "alice"));
    }

    @Test
    void noAuthenticationThenNoCaller() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void anonymousAuthenticationThenNoCaller() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(SecurityCallers.resolve(resolver, anonymous, new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void unauthenticatedTokenThenNoCaller() {
        var unauthenticated = UsernamePasswordAuthenticationToken.unauthenticated("alice", "secret");
        assertThat(SecurityCallers.resolve(resolver, unauthenticated, new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void tenantRequestAttributeThenItIsTheTenant() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(CallerResolver.TENANT_ATTRIBUTE, "acme");
        assertThat(SecurityCallers.resolve(resolver, user("alice"), request)).contains(Caller.of("acme", "alice"));
    }

    @Test
    void tenantInAuthenticationDetailsThenItIsTheTenant() {
        var authentication = user("alice");
        authentication.setDetails(Map.of("tenant", "globex"));
        assertThat(SecurityCallers.resolve(resolver, authentication, new MockHttpServletRequest()))
                .contains(Caller.of("globex", "alice"));
    }

    @Test
    void bearerTokenWithTenantClaimThenItIsTheTenant() {
        var principal = new DefaultOAuth2AuthenticatedPrincipal("carol", Map.of("sub", "carol", "tenant", "initech"),
                AuthorityUtils.createAuthorityList("SCOPE_calls"));
        var token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "opaque", java.time.Instant.now(),
                java.time.Instant.now().plusSeconds(60));
        var authentication = new BearerTokenAuthentication(principal, token, principal.getAuthorities());
        assertThat(SecurityCallers.resolve(resolver, authentication, new MockHttpServletRequest()))
                .contains(Caller.of("initech", "carol"));
    }

    @Test
    void tenantResolverReturnsNullThenNoCaller() {
        var refusing = new SpringSecurityCallerResolver((authentication, request) -> null);
        assertThat(SecurityCallers.resolveAs(refusing, "alice")).isEqualTo(Optional.empty());
    }

    private static UsernamePasswordAuthenticationToken user(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, "n/a", List.of());
    }
}
