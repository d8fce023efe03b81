package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.spi.AdminPolicy;
import dev.calls.spring.support.Acme;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** calls.admin.authority: who administers their tenant under Spring Security, and a host's policy wins. */
class AdminAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class, CallsServletAutoConfiguration.class))
            .withUserConfiguration(Acme.class);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String name, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                "n/a", AuthorityUtils.createAuthorityList(authorities)));
    }

    @Test
    void defaultAuthorityThenRoleCallsAdminMakesTheSignedInUserAnAdmin() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            assertThat(context.getBean(AdminPolicy.class)).isInstanceOf(SpringSecurityAdminPolicy.class);

            signIn("alice", "ROLE_CALLS_ADMIN");
            assertThat(calls.admin().isAdmin(Acme.user("alice"))).isTrue();
            assertThat(calls.admin().isAdmin(Acme.user("bob"))).as("another user than the signed-in one").isFalse();
            signIn("bob", "ROLE_USER");
            assertThat(calls.admin().isAdmin(Acme.user("bob"))).isFalse();
        });
    }

    @Test
    void authorityPropertyThenThatAuthorityIsTheAdmins() {
        runner.withPropertyValues("calls.admin.authority=SCOPE_calls.admin").run(context -> {
            Calls calls = context.getBean(Calls.class);

            signIn("alice", "ROLE_CALLS_ADMIN");
            assertThat(calls.admin().isAdmin(Acme.user("alice"))).isFalse();
            signIn("alice", "SCOPE_calls.admin");
            assertThat(calls.admin().isAdmin(Acme.user("alice"))).isTrue();
        });
    }

    @Test
    void hostAdminPolicyThenItWins() {
        runner.withUserConfiguration(CarolAdministers.class).run(context -> {
            Calls calls = context.getBean(Calls.class);

            signIn("alice", "ROLE_CALLS_ADMIN");
            assertThat(calls.admin().isAdmin(Acme.user("alice"))).isFalse();
            assertThat(calls.admin().isAdmin(Acme.user("carol"))).isTrue();
            assertThat(calls.admin().activeCalls(Acme.user("carol"))).isEqualTo(List.of());
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class CarolAdministers {
        @Bean
        AdminPolicy carolAdministers() {
            return user -> user.equals(UserRef.of(Acme.TENANT, "carol"));
        }
    }
}
