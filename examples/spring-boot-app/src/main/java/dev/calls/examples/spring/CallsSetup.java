package dev.calls.examples.spring;

import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.UserDirectory;
import dev.calls.spring.CallsTenantResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All an application tells Calls: who its users are, and which organization a signed-in user belongs to. */
@Configuration(proxyBeanMethods = false)
public class CallsSetup {

    /** A user of another organization is unknown here: that is what keeps calls inside an organization. */
    @Bean
    UserDirectory userDirectory(People people) {
        return (tenant, userId) -> people.findById(userId)
                .filter(p -> p.getOrganizationId().equals(tenant))
                .map(p -> new UserProfile(UserRef.of(tenant, userId), p.getDisplayName(), p.getEmail(), null));
    }

    @Bean
    CallsTenantResolver callsTenantResolver(People people) {
        return (authentication, request) -> authentication.getPrincipal() instanceof CrmUser user
                ? user.getOrganizationId()
                : people.findById(authentication.getName()).map(Person::getOrganizationId).orElse(null);
    }
}
