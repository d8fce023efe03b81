package dev.calls.internal;

import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestTarget;
import dev.calls.meeting.IcsInvite;
import dev.calls.meeting.Invitation;
import dev.calls.meeting.Meeting;
import dev.calls.spi.GuestListener;
import dev.calls.spi.InvitationLinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mails a meeting's guests, when an invitation mailer is set: {@code METHOD:REQUEST} with their personal link when
 * a host adds a guest with an e-mail address, {@code METHOD:CANCEL} when the pass is revoked or the meeting is
 * cancelled, under the meeting's UID. Guests of ad-hoc calls get no mail: the host hands them the link while
 * ringing. A cancellation links to the meeting's page from {@link InvitationLinks} (the pass no longer opens
 * anything, and its link is not stored); without those links none is sent, as the meeting room's own address
 * must not reach a guest who was never let in. Everything after the call runs on the outbox thread.
 */
final class GuestMail implements GuestListener {
    private static final int CANCELLED_KEPT = 1000;

    private final Components c;
    private final Outbox outbox;
    /** Meetings cancelled lately: their guests' cancellations are prepared after the meeting left the store. */
    private final Map<UUID, Meeting> cancelled = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, Meeting> eldest) {
                    return size() > CANCELLED_KEPT;
                }
            });

    GuestMail(Components c, Outbox outbox) {
        this.c = c;
        this.outbox = outbox;
    }

    /** Told before a cancelled meeting's passes are revoked. */
    void meetingCancelled(Meeting m) {
        if (outbox.enabled()) {
            cancelled.put(m.id(), m);
        }
    }

    /** The host's own listener, then this: what the engine's guests tell of each pass. */
    GuestListener after(GuestListener host) {
        if (!outbox.enabled()) {
            return host;
        }
        return new GuestListener() {
            @Override
            public void passCreated(GuestPass pass, String link) {
                GuestMail.this.passCreated(pass, link);
                host.passCreated(pass, link);
            }

            @Override
            public void passRevoked(GuestPass pass) {
                GuestMail.this.passRevoked(pass);
                host.passRevoked(pass);
            }
        };
    }

    @Override
    public void passCreated(GuestPass pass, String link) {
        if (link != null && mailable(pass)) {
            outbox.submit(() -> meeting(pass).ifPresent(m -> send(Invitation.Method.REQUEST, m, pass, link)),
                    "guest " + pass.id() + " (invited)");
        }
    }

    @Override
    public void passRevoked(GuestPass pass) {
        InvitationLinks links = c.invitationLinks();
        if (links != null && mailable(pass)) {
            outbox.submit(() -> meeting(pass).ifPresent(m -> send(Invitation.Method.CANCEL, m, pass,
                    links.link(m, guest(pass)))), "guest " + pass.id() + " (revoked)");
        }
    }

    private boolean mailable(GuestPass pass) {
        return outbox.enabled() && pass.target().kind() == GuestTarget.Kind.MEETING && pass.email() != null
                && pass.email().indexOf('@') > 0;
    }

    /** The meeting as stored, or as it was when it was cancelled (then no longer in the store). */
    private Optional<Meeting> meeting(GuestPass pass) {
        Meeting gone = cancelled.get(pass.target().id());
        return gone != null ? Optional.of(gone) : c.meetingStore().find(pass.target().id());
    }

    private void send(Invitation.Method method, Meeting m, GuestPass pass, String link) {
        UserProfile organizer = c.users().find(m.tenant(), m.host()).orElse(UserProfile.of(m.tenant(), m.host(), null));
        UserProfile guest = guest(pass);
        String ics = method == Invitation.Method.REQUEST
                ? IcsInvite.request(m, organizer, List.of(guest), link, c.clock().instant())
                : IcsInvite.cancel(m, organizer, List.of(guest), link, c.clock().instant());
        outbox.deliver(new Invitation(method, m, pass.name(), pass.email(), organizer.name(), link, ics));
    }

    /** The guest as a calendar attendee: their name and address, never an account of the host application. */
    private static UserProfile guest(GuestPass pass) {
        return new UserProfile(UserRef.of(pass.tenant(), GuestPass.PARTICIPANT_PREFIX + pass.id()), pass.name(),
                pass.email(), null);
    }
}
