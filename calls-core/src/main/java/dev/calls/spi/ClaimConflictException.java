package dev.calls.spi;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link CallStore} refused to write a call because one of the {@link CallClaim}s it would hold is held by
 * another live call: a user would be joined in two live calls, or two live 1:1 calls would join the same pair
 * of users. Nothing was written. The engine decides what that means (the user is busy, glare, a repeated
 * submission) from {@link #callId()}: the call that holds the claim.
 */
public class ClaimConflictException extends CallsException {
    private final UUID callId;
    private final String userId;
    private final boolean pair;

    /**
     * @param callId the call that holds the claim
     * @param claim the claim that call holds
     */
    public ClaimConflictException(UUID callId, CallClaim claim) {
        super(ErrorCode.CONCURRENT_MODIFICATION, claim.isPair()
                ? "another live call joins the same two users"
                : "user " + claim.userId() + " is joined in another live call");
        this.callId = Objects.requireNonNull(callId, "callId");
        this.userId = claim.isPair() ? null : claim.userId();
        this.pair = claim.isPair();
    }

    /** The live call that holds the claim. */
    public UUID callId() {
        return callId;
    }

    /** The user whose claim it is; null for a pair claim. */
    public String userId() {
        return userId;
    }

    /** Whether the claim is that of the pair of users of a 1:1 call. */
    public boolean isPair() {
        return pair;
    }
}
