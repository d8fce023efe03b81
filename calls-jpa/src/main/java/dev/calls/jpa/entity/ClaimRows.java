package dev.calls.jpa.entity;

import dev.calls.spi.CallClaim;
import java.util.UUID;

/** Converts claims to rows of {@code calls_claim} and back. */
public final class ClaimRows {
    private ClaimRows() {
    }

    public static ClaimEntity row(CallClaim claim, UUID callId) {
        ClaimEntity row = new ClaimEntity();
        row.tenant = claim.tenant();
        row.userId = claim.userId();
        row.otherUserId = claim.isPair() ? claim.otherUserId() : "";
        row.callId = callId.toString();
        return row;
    }

    public static CallClaim claim(ClaimEntity row) {
        return new CallClaim(row.tenant, row.userId, row.otherUserId.isEmpty() ? null : row.otherUserId);
    }

    public static UUID callId(ClaimEntity row) {
        return UUID.fromString(row.callId);
    }
}
