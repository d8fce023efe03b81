package dev.calls.servlet;

import dev.calls.UserRef;
import java.util.Objects;

/**
 * Who is making an HTTP request, as the host's {@link CallerResolver} sees it.
 *
 * @param tenant the caller's tenant (organization, realm), never blank
 * @param userId the host's id of the user, never blank
 * @param name display name, may be null (the user directory's name is used for calls)
 * @param email e-mail address, may be null
 * @param avatarUrl avatar image URL, may be null
 */
public record Caller(String tenant, String userId, String name, String email, String avatarUrl) {

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(userId, "userId");
        if (tenant.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("tenant and userId must not be blank");
        }
    }

    /** A caller known only by tenant and id. */
    public static Caller of(String tenant, String userId) {
        return new Caller(tenant, userId, null, null, null);
    }

    /** The engine's reference to this user. */
    public UserRef ref() {
        return UserRef.of(tenant, userId);
    }
}
