package dev.calls.guest;

import java.util.Objects;

/**
 * A newly created guest pass with the one thing never stored: the signed pass itself.
 *
 * @param pass what is stored and listed
 * @param token the opaque signed pass for the guest's link; shown once, to the host who created it
 */
public record GuestInvite(GuestPass pass, String token) {
    public GuestInvite {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "GuestInvite[" + pass.id() + "]";
    }
}
