package dev.calls.examples.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of the requirements (password {@value #PASSWORD}): testuser4, calluser4, calluser8, testuser3,
 * testuser5, testuser6 and calluser1 to calluser10 in "Test Organization"; orguser1 and orguser2 in "Other
 * Organization"; and a few customers. Added once: a restart on the same database finds them there.
 */
@Component
public class DemoData implements ApplicationRunner {
    public static final String PASSWORD = "testpass123";
    public static final String TEST_ORG = "test-organization";
    public static final String OTHER_ORG = "other-organization";
    /** Test Organization's administrator: has ROLE_CALLS_ADMIN, sees the organization's calls at {@code /admin}. */
    public static final String ADMIN = "calladmin";

    private final Organizations organizations;
    private final People people;
    private final Customers customers;
    private final PasswordEncoder passwords;

    public DemoData(Organizations organizations, People people, Customers customers, PasswordEncoder passwords) {
        this.organizations = organizations;
        this.people = people;
        this.customers = customers;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.existsById(TEST_ORG)) {
            if (!people.existsById(ADMIN)) {
                // a database from before the administrator existed
                people.save(new Person(ADMIN, TEST_ORG, "Call Admin", ADMIN + "@example.com", passwords.encode(PASSWORD)));
            }
            return;
        }
        organizations.save(new Organization(TEST_ORG, "Test Organization"));
        organizations.save(new Organization(OTHER_ORG, "Other Organization"));
        // One hash of the shared demo password keeps the first start quick; sign-in still checks it properly.
        String hash = passwords.encode(PASSWORD);
        testOrganization().forEach(u -> people.save(new Person(u, TEST_ORG, displayName(u), u + "@example.com", hash)));
        people.save(new Person(ADMIN, TEST_ORG, "Call Admin", ADMIN + "@example.com", hash));
        List.of("orguser1", "orguser2").forEach(
                u -> people.save(new Person(u, OTHER_ORG, displayName(u), u + "@example.com", hash)));
        customers.save(new Customer(1L, TEST_ORG, "Jennifer Thompson", "Acme Corporation", "calluser8"));
        customers.save(new Customer(2L, TEST_ORG, "Andrew Johnson", "Acme Corporation", "calluser4"));
        customers.save(new Customer(3L, TEST_ORG, "Maria Garcia", "Globex", "testuser4"));
        customers.save(new Customer(4L, OTHER_ORG, "Sam Lee", "Initech", "orguser2"));
    }

    static List<String> testOrganization() {
        List<String> names = new ArrayList<>(List.of("testuser4", "calluser4", "calluser8", "testuser3", "testuser5",
                "testuser6"));
        for (int i = 1; i <= 10; i++) {
            if (i != 4 && i != 8) {
                names.add("calluser" + i);
            }
        }
        return names;
    }

    /** {@code calluser8} → "Call User 8", as the requirements show them. */
    static String displayName(String username) {
        String digits = username.replaceAll("\\D", "");
        String word = username.replaceAll("\\d", "").replace("user", "");
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " User " + digits;
    }
}
