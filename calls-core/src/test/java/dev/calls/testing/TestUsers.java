package dev.calls.testing;

import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.UserDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A user directory for tests: add users, look them up by tenant. */
public final class TestUsers implements UserDirectory {
    private final Map<UserRef, UserProfile> users = new ConcurrentHashMap<>();

    public TestUsers add(String tenant, String userId, String name) {
        UserRef ref = UserRef.of(tenant, userId);
        users.put(ref, new UserProfile(ref, name, userId + "@example.com", null));
        return this;
    }

    /** A user as given, e.g. one without an e-mail address. */
    public TestUsers put(UserProfile profile) {
        users.put(profile.ref(), profile);
        return this;
    }

    @Override
    public Optional<UserProfile> find(String tenant, String userId) {
        return Optional.ofNullable(users.get(UserRef.of(tenant, userId)));
    }
}
