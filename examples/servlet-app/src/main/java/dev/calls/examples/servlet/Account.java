package dev.calls.examples.servlet;

import dev.calls.UserProfile;
import dev.calls.UserRef;

/**
 * A user of the example application.
 *
 * @param username the login name, also the user id Calls sees
 * @param tenant the organization's id
 * @param name display name
 * @param email e-mail address
 * @param password the password hash
 */
public record Account(String username, String tenant, String name, String email, PasswordHash password) {

    public UserProfile profile() {
        return new UserProfile(UserRef.of(tenant, username), name, email, null);
    }
}
