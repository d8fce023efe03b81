package dev.calls.spi;

import dev.calls.BusyPolicy;
import dev.calls.MediaType;
import dev.calls.UserProfile;

/**
 * The host's own rule on who may call whom (blocked users, roles, plans). The engine has already
 * checked that both share a tenant. Thread-safe.
 */
@FunctionalInterface
public interface CallPolicy {

    /** Allows everything within a tenant. */
    CallPolicy ALLOW_ALL = (caller, callee, type) -> true;

    /**
     * Whether {@code caller} may ring {@code callee}; false refuses the start with {@code not_permitted}
     * (for a group call, when false for any callee).
     */
    boolean mayCall(UserProfile caller, UserProfile callee, MediaType type);

    /**
     * What a call to a busy user of {@code tenant} does: a tenant's own policy, or {@code configured} (the
     * engine's {@code busyPolicy} setting), which this default returns.
     */
    default BusyPolicy busyPolicy(String tenant, BusyPolicy configured) {
        return configured;
    }
}
