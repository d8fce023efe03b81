package dev.calls;

import java.util.Objects;

/**
 * A user of the host application, named by the host's own id within a tenant (organization,
 * realm, workspace). Calls never cross tenants.
 *
 * @param tenant the tenant id, never blank
 * @param userId the host's user id, never blank
 */
public record UserRef(String tenant, String userId) {
    public UserRef {
        requireText(tenant, "tenant");
        requireText(userId, "userId");
    }

    public static UserRef of(String tenant, String userId) {
        return new UserRef(tenant, userId);
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return tenant + "/" + userId;
    }
}
