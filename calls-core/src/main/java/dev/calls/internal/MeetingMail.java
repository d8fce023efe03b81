package dev.calls.internal;

import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.meeting.IcsInvite;
import dev.calls.meeting.Invitation;
import dev.calls.meeting.Meeting;
import dev.calls.spi.InvitationLinks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Mails a meeting's invitees when it is created, changed or cancelled: {@code METHOD:REQUEST} to everyone still
 * invited, {@code METHOD:CANCEL} to everyone no longer invited, all under the meeting's one UID with a SEQUENCE
 * that grows with each change. Everything, the directory look-ups included, runs on the outbox thread after the
 * change is stored; invitees without an e-mail address are skipped.
 */
final class MeetingMail {
    private final Components c;
    private final Outbox outbox;
    private final Function<Meeting, String> roomUrl;
    private final Clock clock;

    MeetingMail(Components c, Outbox outbox, Function<Meeting, String> roomUrl) {
        this.c = c;
        this.outbox = outbox;
        this.roomUrl = roomUrl;
        this.clock = c.clock();
    }

    void created(Meeting m) {
        if (outbox.enabled() && !m.inviteeIds().isEmpty()) {
            outbox.submit(() -> request(m), "meeting " + m.id() + " (created)");
        }
    }

    /** Everyone invited after the change gets the new version; whoever was dropped gets a cancellation. */
    void changed(Meeting before, Meeting after) {
        if (!outbox.enabled()) {
            return;
        }
        outbox.submit(() -> {
            List<String> removed = before.inviteeIds().stream().filter(id -> !after.inviteeIds().contains(id)).toList();
            // their copy is the one before the change: its cancellation (SEQUENCE before+1) supersedes it
            cancel(before, removed);
            request(after);
        }, "meeting " + after.id() + " (changed)");
    }

    void cancelled(Meeting m) {
        if (outbox.enabled() && !m.inviteeIds().isEmpty()) {
            outbox.submit(() -> cancel(m, m.inviteeIds()), "meeting " + m.id() + " (cancelled)");
        }
    }

    private void request(Meeting m) {
        UserProfile organizer = profile(m, m.host());
        List<UserProfile> invitees = profiles(m, m.inviteeIds());
        for (UserProfile invitee : invitees) {
            String link = link(m, invitee);
            String ics = IcsInvite.request(m, organizer, invitees, link, clock.instant());
            outbox.deliver(new Invitation(Invitation.Method.REQUEST, m, invitee.name(), invitee.email(),
                    organizer.name(), link, ics));
        }
    }

    private void cancel(Meeting m, Collection<String> inviteeIds) {
        UserProfile organizer = profile(m, m.host());
        for (UserProfile invitee : profiles(m, inviteeIds)) {
            String link = link(m, invitee);
            String ics = IcsInvite.cancel(m, organizer, List.of(invitee), link, clock.instant());
            outbox.deliver(new Invitation(Invitation.Method.CANCEL, m, invitee.name(), invitee.email(),
                    organizer.name(), link, ics));
        }
    }

    private String link(Meeting m, UserProfile invitee) {
        InvitationLinks links = c.invitationLinks();
        return links != null ? links.link(m, invitee) : roomUrl.apply(m);
    }

    /** The invitees the directory knows with a usable e-mail address. */
    private List<UserProfile> profiles(Meeting m, Collection<String> ids) {
        List<UserProfile> out = new ArrayList<>();
        for (String id : ids) {
            UserProfile p = profile(m, id);
            if (mailable(p.email())) {
                out.add(p);
            }
        }
        return out;
    }

    private UserProfile profile(Meeting m, String userId) {
        UserRef ref = UserRef.of(m.tenant(), userId);
        return c.users().find(ref.tenant(), ref.userId()).filter(p -> p.tenant().equals(ref.tenant()))
                .orElse(new UserProfile(ref, null, null, null));
    }

    private static boolean mailable(String email) {
        return email != null && email.indexOf('@') > 0 && email.codePoints()
                .noneMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp));
    }
}
