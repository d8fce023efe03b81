package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.MediaType;
import dev.calls.guest.GuestInvite;
import dev.calls.guest.GuestRequest;
import dev.calls.guest.GuestTarget;
import dev.calls.spi.InvitationLinks;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Recorder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A meeting's guests are mailed their personal link, and a cancellation when their pass or the meeting goes. */
class GuestMailTest {
    private static final String PAGE = "https://app.example.org/meetings/{meetingId}";
    private static final String GUEST_LINKS = "https://app.example.org/api/calls/guest/";
    private final Recorder<Invitation> mailed = new Recorder<>();
    private final EngineFixture f = new EngineFixture(b -> b.invitationMailer(mailed::add)
            .invitationLinks(InvitationLinks.pattern(PAGE)));
    private final Instant start = f.clock.instant().plus(Duration.ofHours(1));

    @AfterEach
    void close() {
        f.close();
    }

    private Meeting meeting() {
        return f.calls.meetings().create(acme("alice"), new MeetingRequest("Consultation", start,
                start.plus(Duration.ofMinutes(30)), List.of("bob"), MediaType.VIDEO, true, false));
    }

    /** What the guests were sent (bob, an invited user, gets his own). */
    private List<Invitation> guestMail(int count) {
        return mailed.await(l -> toGuests(l).size() >= count, count + " guest messages").stream()
                .filter(i -> !i.recipientEmail().startsWith("bob")).toList();
    }

    private static List<Invitation> toGuests(List<Invitation> all) {
        return all.stream().filter(i -> !i.recipientEmail().startsWith("bob")).toList();
    }

    private GuestInvite invite(Meeting m, String email) {
        return f.calls.guests().invite(GuestTarget.meeting(m.id()), acme("alice"), GuestRequest.of("Ann Client", email),
                GUEST_LINKS);
    }

    @Test
    void guestWithAnAddressThenARequestWithTheirOwnLinkAndTheMeetingsUid() {
        Meeting m = meeting();

        GuestInvite invite = invite(m, "ann@example.org");

        Invitation sent = guestMail(1).get(0);
        assertThat(sent.method()).isEqualTo(Invitation.Method.REQUEST);
        assertThat(sent.recipientName()).isEqualTo("Ann Client");
        assertThat(sent.recipientEmail()).isEqualTo("ann@example.org");
        assertThat(sent.organizerName()).isEqualTo("Alice Adams");
        assertThat(sent.link()).isEqualTo(GUEST_LINKS + invite.token());
        assertThat(sent.ics()).contains("METHOD:REQUEST", "UID:" + IcsInvite.uid(m), "mailto:ann@example.org")
                .doesNotContain(m.room());
    }

    @Test
    void passRevokedThenACancellationLinkingTheMeetingsPageNotTheRoom() {
        Meeting m = meeting();
        GuestInvite invite = invite(m, "ann@example.org");
        guestMail(1);

        f.calls.guests().revoke(GuestTarget.meeting(m.id()), invite.pass().id(), acme("alice"));

        Invitation cancel = guestMail(2).get(1);
        assertThat(cancel.method()).isEqualTo(Invitation.Method.CANCEL);
        assertThat(cancel.recipientEmail()).isEqualTo("ann@example.org");
        assertThat(cancel.link()).isEqualTo("https://app.example.org/meetings/" + m.id());
        assertThat(cancel.ics()).contains("METHOD:CANCEL", "UID:" + IcsInvite.uid(m), "SEQUENCE:1")
                .doesNotContain(m.room());
    }

    @Test
    void meetingCancelledThenEachGuestWithAnAddressGetsACancellation() {
        Meeting m = meeting();
        invite(m, "ann@example.org");
        invite(m, null);
        guestMail(1);

        f.calls.meetings().cancel(m.id(), acme("alice"));

        Invitation cancel = guestMail(2).get(1);
        assertThat(cancel.method()).isEqualTo(Invitation.Method.CANCEL);
        assertThat(cancel.recipientEmail()).isEqualTo("ann@example.org");
        assertThat(cancel.ics()).contains("METHOD:CANCEL", "UID:" + IcsInvite.uid(m));
    }

    @Test
    void guestOfAnAdHocCallOrWithoutAnAddressThenNoMail() {
        f.online("alice");
        f.calls.guests().call(acme("alice"), MediaType.VIDEO, GuestRequest.of("Carl Caller", "carl@example.org"),
                GUEST_LINKS);
        invite(meeting(), null);
        f.calls.close(); // waits for the outbox

        assertThat(toGuests(mailed.snapshot())).isEmpty();
        assertThat(mailed.snapshot()).as("bob's own invitation went out").hasSize(1);
    }
}
