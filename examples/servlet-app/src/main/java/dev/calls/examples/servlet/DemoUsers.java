package dev.calls.examples.servlet;

import java.util.ArrayList;
import java.util.List;

/** The seed's demo users: password {@value #PASSWORD}, in "Test Organization" and "Other Organization". */
public final class DemoUsers {
    public static final String PASSWORD = "testpass123";
    public static final String TEST_ORG = "test-organization";
    public static final String OTHER_ORG = "other-organization";
    /** Test Organization's administrator: sees its statistics and live calls at {@code /admin}. */
    public static final String ADMIN = "calladmin";

    private DemoUsers() {
    }

    public static List<String> testOrganization() {
        List<String> names = new ArrayList<>(List.of("testuser4", "calluser4", "calluser8", "testuser3", "testuser5",
                "testuser6"));
        for (int i = 1; i <= 10; i++) {
            if (i != 4 && i != 8) {
                names.add("calluser" + i);
            }
        }
        return names;
    }

    public static List<String> otherOrganization() {
        return List.of("orguser1", "orguser2");
    }

    public static Directory directory() {
        Directory d = new Directory()
                .organization(TEST_ORG, "Test Organization")
                .organization(OTHER_ORG, "Other Organization");
        // One hash for the shared demo password keeps start-up quick; each account still checks it properly.
        PasswordHash password = PasswordHash.of(PASSWORD);
        testOrganization().forEach(u -> d.add(new Account(u, TEST_ORG, displayName(u), u + "@example.com", password)));
        otherOrganization().forEach(u -> d.add(new Account(u, OTHER_ORG, displayName(u), u + "@example.com", password)));
        d.add(new Account(ADMIN, TEST_ORG, "Call Admin", ADMIN + "@example.com", password)).admin(ADMIN);
        return d;
    }

    /** {@code calluser8} → "Call User 8", as the seed shows them. */
    static String displayName(String username) {
        String digits = username.replaceAll("\\D", "");
        String word = username.replaceAll("\\d", "").replace("user", "");
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " User " + digits;
    }
}
