package dev.calls.jpa.entity;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link PresenceEntity}: tenant and user. */
public class PresenceKey implements Serializable {
    private static final long serialVersionUID = 1L;

    String tenant;
    String userId;

    public PresenceKey() {
    }

    public PresenceKey(String tenant, String userId) {
        this.tenant = tenant;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresenceKey k && Objects.equals(tenant, k.tenant) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, userId);
    }
}
