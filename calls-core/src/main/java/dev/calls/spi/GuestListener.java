package dev.calls.spi;

import dev.calls.guest.GuestPass;

/**
 * Told when a host creates or revokes a guest pass: where an invitation mailer sends the guest their link (and a
 * cancellation). Called on the host's request thread after the pass is stored; an exception is logged and does not
 * undo the pass. The default does nothing.
 */
public interface GuestListener {
    /** Does nothing. */
    GuestListener NONE = new GuestListener() {
    };

    /**
     * A pass was created.
     *
     * @param link the guest's personal link (it holds the signed pass: send it only to the guest), or null when the
     *     pass was created without a link base
     */
    default void passCreated(GuestPass pass, String link) {
    }

    /** A pass was revoked; {@code pass} is as it was. */
    default void passRevoked(GuestPass pass) {
    }
}
