package dev.calls.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of {@code calls_claim}: a {@link dev.calls.spi.CallClaim} and the live call holding it. The primary
 * key is the claim, so a second call cannot hold it at the same time.
 */
@Entity
@IdClass(ClaimKey.class)
@Table(name = "calls_claim")
public class ClaimEntity {
    @Id
    @Column(name = "tenant")
    String tenant;

    @Id
    @Column(name = "user_id")
    String userId;

    /** The other user of a pair claim; the empty string for a user claim (a key column is never null). */
    @Id
    @Column(name = "other_user_id")
    String otherUserId;

    @Column(name = "call_id", nullable = false, length = 36)
    String callId;

    protected ClaimEntity() {
    }
}
