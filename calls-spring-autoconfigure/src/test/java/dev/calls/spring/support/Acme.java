package dev.calls.spring.support;

import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.spi.UserDirectory;
import dev.calls.testing.TestUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Users of tenant {@code acme} (alice, bob, carol) and {@code globex} (gina), as a UserDirectory bean. */
@Configuration(proxyBeanMethods = false)
public class Acme {
    public static final String TENANT = "acme";

    @Bean
    UserDirectory testUsers() {
        return new TestUsers()
                .add(TENANT, "alice", "Alice Adams")
                .add(TENANT, "bob", "Bob Brown")
                .add(TENANT, "carol", "Carol Chen")
                .add("globex", "gina", "Gina Green");
    }

    public static UserRef user(String id) {
        return UserRef.of(TENANT, id);
    }

    /** Makes the users online, so they can be rung. */
    public static void online(Calls calls, String... ids) {
        for (String id : ids) {
            calls.presence().heartbeat(user(id));
        }
    }
}
