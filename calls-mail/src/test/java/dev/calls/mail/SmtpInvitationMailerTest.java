package dev.calls.mail;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.MediaType;
import dev.calls.mail.testing.MailInbox;
import dev.calls.mail.testing.ReceivedMail;
import dev.calls.meeting.IcsInvite;
import dev.calls.meeting.Invitation;
import dev.calls.meeting.InvitationCounts;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.spi.InvitationLinks;
import dev.calls.testing.EngineFixture;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import net.fortuna.ical4j.model.Property;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invitations through a real SMTP server (GreenMail), read back and their calendars parsed by ical4j. */
class SmtpInvitationMailerTest {
    private static final String TITLE = "Q3 review <draft> & plans";
    private static final String PAGE = "https://app.example.org/api/calls/embed/meetings/{meetingId}";
    private final MailInbox inbox = new MailInbox();
    private EngineFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
        inbox.close();
    }

    private MailSettings plain() {
        return new MailSettings("127.0.0.1", inbox.port(), null, null, false, "Calls <calls@example.org>");
    }

    private EngineFixture engine(SmtpInvitationMailer mailer) {
        f = new EngineFixture(b -> b.invitationMailer(mailer).invitationLinks(InvitationLinks.pattern(PAGE)));
        return f;
    }

    private Meeting schedule(String... invitees) {
        Instant start = f.clock.instant().plus(Duration.ofHours(2));
        return f.calls.meetings().create(acme("alice"), new MeetingRequest(TITLE, start,
                start.plus(Duration.ofMinutes(30)), List.of(invitees), MediaType.VIDEO));
    }

    private static ReceivedMail to(List<ReceivedMail> mails, String address, String method) {
        return mails.stream().filter(m -> m.to().contains(address) && method.equals(m.method())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " to " + address + " in " + mails));
    }

    @Test
    void createThenEachInviteeReceivesTextHtmlAndTheCalendarInlineAndAttached() {
        engine(SmtpInvitationMailer.smtp(plain(), MailTemplates.defaults()));
        Meeting m = schedule("bob", "carol");

        List<ReceivedMail> mails = inbox.await(2);
        ReceivedMail bob = to(mails, "bob@example.com", "REQUEST");
        assertThat(bob.from()).isEqualTo("calls@example.org");
        assertThat(bob.rawSource()).containsPattern("(?m)^Message-ID: <[^>]+@example\\.org>").contains("Auto-Submitted: auto-generated");
        assertThat(bob.subject()).isEqualTo("Invitation: " + TITLE + " (Monday 5 January 2026, 11:00 – 11:30 UTC)");
        assertThat(bob.type()).startsWith("multipart/mixed");
        assertThat(bob.alternativeTypes()).hasSize(3);
        assertThat(bob.alternativeTypes().get(0)).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(bob.alternativeTypes().get(1)).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(bob.calendarType()).startsWith("text/calendar").contains("method=REQUEST")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(bob.attachmentName()).isEqualTo("invite.ics");
        assertThat(bob.attachmentDisposition()).isEqualTo("attachment");
        assertThat(bob.attachmentType()).startsWith("application/ics");
        assertThat(bob.attachment()).isEqualTo(bob.calendar());

        String link = "https://app.example.org/api/calls/embed/meetings/" + m.id();
        assertThat(bob.text()).contains("Hello Bob Brown", "Alice Adams invites you to a video meeting", TITLE,
                "Monday 5 January 2026, 11:00 – 11:30 UTC", "Times are in UTC", "Join the meeting: " + link);
        assertThat(bob.html()).contains("Q3 review &lt;draft&gt; &amp; plans", "href=\"" + link + "\"")
                .doesNotContain("<draft>");
        // the link is the meeting page: no token, no room name in the mail
        assertThat(bob.rawSource()).doesNotContainIgnoringCase("jwt").doesNotContain(m.room());

        assertThat(bob.calendarValid()).isTrue();
        assertThat(bob.eventValue(Property.UID)).isEqualTo(IcsInvite.uid(m));
        assertThat(bob.eventValue(Property.SEQUENCE)).isEqualTo("0");
        assertThat(bob.eventValue(Property.URL)).isEqualTo(link);
        assertThat(bob.start()).isEqualTo(m.startsAt());
        assertThat(bob.attendees()).contains("mailto:alice@example.com", "mailto:bob@example.com",
                "mailto:carol@example.com");
        assertThat(to(mails, "carol@example.com", "REQUEST").text()).contains("Hello Carol Chen");
    }

    @Test
    void changeAndCancelThenSameUidWithGrowingSequences() {
        engine(SmtpInvitationMailer.smtp(plain(), MailTemplates.defaults()));
        Meeting m = schedule("bob", "carol");
        inbox.await(2);

        Instant later = m.startsAt().plus(Duration.ofDays(1));
        f.calls.meetings().update(m.id(), acme("alice"), new MeetingRequest("Moved", later,
                later.plus(Duration.ofHours(1)), List.of("carol"), MediaType.AUDIO));
        List<ReceivedMail> mails = inbox.await(4);
        ReceivedMail removed = to(mails, "bob@example.com", "CANCEL");
        assertThat(removed.calendarType()).contains("method=CANCEL");
        assertThat(removed.subject()).startsWith("Cancelled: " + TITLE);
        assertThat(removed.eventValue(Property.UID)).isEqualTo(IcsInvite.uid(m));
        assertThat(removed.eventValue(Property.SEQUENCE)).isEqualTo("1");
        assertThat(removed.eventValue(Property.STATUS)).isEqualTo("CANCELLED");
        ReceivedMail moved = mails.stream().filter(x -> x.to().contains("carol@example.com")
                && x.subject().startsWith("Invitation: Moved")).findFirst().orElseThrow();
        assertThat(moved.eventValue(Property.SEQUENCE)).isEqualTo("1");
        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.text()).contains("audio meeting");

        f.calls.meetings().cancel(m.id(), acme("alice"));
        ReceivedMail cancelled = to(inbox.await(5), "carol@example.com", "CANCEL");
        assertThat(cancelled.eventValue(Property.UID)).isEqualTo(IcsInvite.uid(m));
        assertThat(cancelled.eventValue(Property.SEQUENCE)).isEqualTo("2");
        assertThat(cancelled.attendees()).contains("mailto:carol@example.com").doesNotContain("mailto:bob@example.com");
        assertThat(cancelled.calendarValid()).isTrue();
        f.calls.close();
        assertThat(f.calls.invitations().counts()).isEqualTo(new InvitationCounts(5, 0, 0));
    }

    @Test
    void hostTemplatesAreUsedWithTheirPlaceholdersFilled() {
        MailTemplates mine = MailTemplates.defaults().withRequest(new MailTemplate("{organizer} booked {title}",
                "Dear {recipient}, open {link} at {when}.", "<p>Dear {recipient}: <a href=\"{link}\">{title}</a></p>"));
        engine(SmtpInvitationMailer.smtp(plain(), mine));
        Meeting m = schedule("bob");

        ReceivedMail bob = inbox.await(1).get(0);
        assertThat(bob.subject()).isEqualTo("Alice Adams booked " + TITLE);
        assertThat(bob.text()).isEqualTo("Dear Bob Brown, open https://app.example.org/api/calls/embed/meetings/"
                + m.id() + " at Monday 5 January 2026, 11:00 – 11:30 UTC.");
        assertThat(bob.html()).contains("<a href=\"https://app.example.org/api/calls/embed/meetings/" + m.id() + "\">"
                + "Q3 review &lt;draft&gt; &amp; plans</a>");
    }

    @Test
    void aGuestsInvitationQueuedDirectlyIsDelivered() {
        engine(SmtpInvitationMailer.smtp(plain(), MailTemplates.defaults()));
        Meeting m = schedule("dave");
        inbox.await(1);
        String ics = IcsInvite.request(m, f.calls.profile(acme("alice")).orElseThrow(), List.of(),
                "https://app.example.org/guest/p1", f.clock.instant());

        assertThat(f.calls.invitations().send(new Invitation(Invitation.Method.REQUEST, m, "Ann Client",
                "ann@example.org", "Alice Adams", "https://app.example.org/guest/p1", ics))).isTrue();

        ReceivedMail ann = inbox.await(l -> l.stream().anyMatch(x -> x.to().contains("ann@example.org")), "Ann's")
                .stream().filter(x -> x.to().contains("ann@example.org")).findFirst().orElseThrow();
        assertThat(ann.to()).containsExactly("ann@example.org");
        assertThat(ann.text()).contains("Hello Ann Client", "https://app.example.org/guest/p1");
        assertThat(ann.method()).isEqualTo("REQUEST");
    }

    @Test
    void loginRequiredThenTheConfiguredCredentialsAreUsedAndAWrongPasswordFailsWithoutShowingIt() throws Exception {
        inbox.requireLogin("calls", "right-password");
        engine(SmtpInvitationMailer.smtp(new MailSettings("127.0.0.1", inbox.port(), "calls", "right-password",
                false, "calls@example.org"), MailTemplates.defaults()));
        Meeting m = schedule("bob");
        assertThat(inbox.await(1).get(0).to()).containsExactly("bob@example.com");

        MailSettings wrong = new MailSettings("127.0.0.1", inbox.port(), "calls", "wrong-s3cret", false,
                "calls@example.org");
        SmtpInvitationMailer mailer = SmtpInvitationMailer.smtp(wrong, MailTemplates.defaults());
        Invitation one = new Invitation(Invitation.Method.REQUEST, m, "Bob", "bob@example.com", null,
                "https://app.example.org/x", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThatThrownBy(() -> mailer.send(one)).satisfies(e -> {
            assertThat(e.toString()).doesNotContain("wrong-s3cret");
            assertThat(e.getCause()).isNull();
        });
        assertThat(wrong.toString()).contains("password=***").doesNotContain("wrong-s3cret");
        assertThat(mailer.toString()).doesNotContain("wrong-s3cret");
    }

    @Test
    void starttlsRequiredAndTheServerOffersNoneThenNothingIsSentInClear() {
        engine(SmtpInvitationMailer.smtp(new MailSettings("127.0.0.1", inbox.port(), null, null, true,
                "calls@example.org"), MailTemplates.defaults()));
        schedule("bob");

        f.calls.close();
        assertThat(f.calls.invitations().counts()).isEqualTo(new InvitationCounts(0, 1, 0));
        assertThat(inbox.received()).isEmpty();
    }

    private Invitation bobsInvitation() {
        engine(SmtpInvitationMailer.smtp(plain(), MailTemplates.defaults()));
        Meeting m = schedule("bob");
        return new Invitation(Invitation.Method.REQUEST, m, "Bob", "bob@example.org", null,
                "https://app.example.org/x", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    private static SmtpInvitationMailer failing(SmtpInvitationMailer.MessageSender sender) {
        Session session = Session.getInstance(new Properties());
        return SmtpInvitationMailer.using(() -> new MimeMessage(session), sender, "calls@example.org",
                MailTemplates.defaults());
    }

    @Test
    void hostsSenderRefusesTheRecipientThenTheFailureNamesTheCodeNotTheAddress() {
        Invitation bob = bobsInvitation();
        // what Spring's JavaMailSender throws (MailSendException, unchecked), its message quoting the server
        SmtpInvitationMailer mailer = failing(message -> {
            throw new IllegalStateException("Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: "
                    + "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
                    new IllegalArgumentException("bob@example.org"));
        });
        assertThatThrownBy(() -> mailer.send(bob)).isInstanceOf(MessagingException.class).satisfies(e -> {
            assertThat(e.getMessage()).contains("SMTP 550");
            assertThat(e.toString()).doesNotContain("bob@example.org").doesNotContain("bob");
            assertThat(e.getCause()).isNull();
        });
    }

    @Test
    void smtpRefusalNestedInASendFailureThenItsReturnCodeOnly() throws Exception {
        Invitation bob = bobsInvitation();
        InternetAddress address = new InternetAddress("bob@example.org");
        SmtpInvitationMailer mailer = failing(message -> {
            throw new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(address,
                    "RCPT TO:<bob@example.org>", 553, "553 5.1.3 <bob@example.org>... not allowed"),
                    new Address[0], new Address[0], new Address[] {address});
        });
        assertThatThrownBy(() -> mailer.send(bob)).isInstanceOf(MessagingException.class).satisfies(e -> {
            assertThat(e.getMessage()).contains("SMTP 553");
            assertThat(e.toString()).doesNotContain("bob@example.org");
            assertThat(((MessagingException) e).getNextException()).isNull();
        });
    }

    @Test
    void senderFailsWithoutACodeThenTheKindOfFailureOnly() {
        Invitation bob = bobsInvitation();
        SmtpInvitationMailer mailer = failing(message -> {
            throw new IllegalStateException("no route for bob@example.org");
        });
        assertThatThrownBy(() -> mailer.send(bob)).satisfies(e -> {
            assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("bob@example.org");
        });
    }
}
