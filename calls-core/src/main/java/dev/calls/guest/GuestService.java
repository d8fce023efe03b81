package dev.calls.guest;

import dev.calls.MediaType;
import dev.calls.NotFoundException;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import java.util.List;
import java.util.UUID;

/**
 * Guests without an account and the waiting room. A host (a meeting's organizer, a call's host) creates a signed
 * pass for a guest, lists and revokes the passes, and admits or turns away the guests who knock. The guest, known
 * only by the pass, sees the meeting's title and times, knocks, and once admitted gets join information: a
 * non-moderator token in their name for that room. Before admission nothing the guest receives names the room.
 *
 * <p>A pass that is unknown, forged, revoked or expired (the meeting ended, the call is over) is one
 * {@link NotFoundException} for all four. Hosts' devices get {@code guest.waiting}, {@code guest.admitted} and
 * {@code guest.denied} events. Reach it through {@link dev.calls.Calls#guests()}. Thread-safe.
 */
public interface GuestService {

    /**
     * Creates a pass for a guest of the meeting or live call. For a call the guest is added to it at once, as an
     * invitee with the role {@code guest-external} (their pass is the ring).
     *
     * @param linkBase what the guest's link is this followed by the pass, such as
     *     {@code https://app.example/api/calls/guest/}, handed to the {@link dev.calls.spi.GuestListener}; or null
     * @throws RefusedException {@code invalid_request} (name or e-mail), {@code forbidden} (not the organizer or a
     *     host), {@code outside_join_window} (the meeting ended), {@code invalid_transition} (the call ended)
     * @throws NotFoundException the meeting or call does not exist for this user
     */
    GuestInvite invite(GuestTarget target, UserRef host, GuestRequest request, String linkBase);

    /**
     * Starts an ad-hoc call from {@code host} to one guest without an account: the call rings the guest (for the
     * ring timeout) through the pass returned with it.
     */
    GuestCall call(UserRef host, MediaType type, GuestRequest request, String linkBase);

    /** The target's passes, oldest first, for its hosts. @throws NotFoundException for anyone else */
    List<GuestPass> list(GuestTarget target, UserRef host);

    /**
     * Revokes a pass: it stops working at once (and a guest in the call leaves it); returns it as it was.
     *
     * @throws NotFoundException no such pass for this target and host
     */
    GuestPass revoke(GuestTarget target, UUID guestId, UserRef host);

    /** A host lets the guest in; repeating it returns the pass. */
    GuestPass admit(GuestTarget target, UUID guestId, UserRef host);

    /** A host turns the guest away (a guest already in the call leaves it); repeating it returns the pass. */
    GuestPass deny(GuestTarget target, UUID guestId, UserRef host);

    /** What the guest's page shows. @throws NotFoundException the pass does not work */
    GuestView view(String pass);

    /**
     * The guest knocks, under {@code name} when given (and the host allowed changing it): they wait, or are let in
     * at once when the target's rules say so.
     *
     * @throws RefusedException {@code outside_join_window} before the meeting's join window opens,
     *     {@code invalid_request} (the name), {@code forbidden} (the name may not be changed)
     */
    GuestView knock(String pass, String name);

    /**
     * Join information for an admitted guest: a fresh non-moderator token in their name. In a call, the guest's
     * first join answers it (they become a joined participant).
     *
     * @throws RefusedException {@code not_permitted} while waiting or once turned away, {@code outside_join_window}
     */
    GuestJoin join(String pass);

    /** The guest hangs up: in a call they leave it. Harmless to repeat. */
    GuestView leave(String pass);
}
