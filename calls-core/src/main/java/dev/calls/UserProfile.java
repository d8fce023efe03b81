package dev.calls;

import java.util.Objects;

/**
 * What the host's {@link dev.calls.spi.UserDirectory} knows of a user: shown to the other side of a
 * call and written into join tokens.
 *
 * @param ref who the user is
 * @param name display name, never null (falls back to the user id)
 * @param email e-mail address, may be null
 * @param avatarUrl avatar image URL, may be null
 */
public record UserProfile(UserRef ref, String name, String email, String avatarUrl) {
    public UserProfile {
        Objects.requireNonNull(ref, "ref");
        if (name == null || name.isBlank()) {
            name = ref.userId();
        }
    }

    public static UserProfile of(String tenant, String userId, String name) {
        return new UserProfile(UserRef.of(tenant, userId), name, null, null);
    }

    public String tenant() {
        return ref.tenant();
    }

    public String userId() {
        return ref.userId();
    }
}
