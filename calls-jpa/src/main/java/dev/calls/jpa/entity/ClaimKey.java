package dev.calls.jpa.entity;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link ClaimEntity}: tenant, user and, for a pair claim, the other user. */
public class ClaimKey implements Serializable {
    private static final long serialVersionUID = 1L;

    String tenant;
    String userId;
    String otherUserId;

    public ClaimKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimKey k && Objects.equals(tenant, k.tenant) && Objects.equals(userId, k.userId)
                && Objects.equals(otherUserId, k.otherUserId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, userId, otherUserId);
    }
}
