package dev.calls.jpa.entity;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link ParticipantEntity}: call and user. */
public class ParticipantKey implements Serializable {
    private static final long serialVersionUID = 1L;

    String callId;
    String userId;

    public ParticipantKey() {
    }

    public ParticipantKey(String callId, String userId) {
        this.callId = callId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticipantKey k && Objects.equals(callId, k.callId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, userId);
    }
}
