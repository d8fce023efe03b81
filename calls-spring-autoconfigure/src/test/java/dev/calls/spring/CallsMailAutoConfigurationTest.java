package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.mail.MailTemplate;
import dev.calls.mail.MailTemplates;
import dev.calls.mail.SmtpInvitationMailer;
import dev.calls.mail.testing.MailInbox;
import dev.calls.mail.testing.ReceivedMail;
import dev.calls.meeting.IcsInvite;
import dev.calls.meeting.Invitation;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.spi.InvitationMailer;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import dev.calls.spring.support.Eventually;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

/** {@code calls.mail.*} (or Boot's JavaMailSender with {@code calls.mail.from}) mails meeting invitees. */
class CallsMailAutoConfigurationTest {
    private final MailInbox inbox = new MailInbox();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.metrics())
            .withConfiguration(BootAutoConfigurations.mail())
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class, CallsMailAutoConfiguration.class,
                    CallsMetricsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withPropertyValues("calls.public-base-url=https://app.example.org");

    @AfterEach
    void stop() {
        inbox.close();
    }

    private ApplicationContextRunner withOwnSession() {
        return runner.withPropertyValues("calls.mail.host=127.0.0.1", "calls.mail.port=" + inbox.port(),
                "calls.mail.starttls=false", "calls.mail.from=Calls <calls@example.org>");
    }

    private static Meeting schedule(Calls calls, String... invitees) {
        Instant start = calls.clock().instant().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return calls.meetings().create(Acme.user("alice"), new MeetingRequest("Planning", start,
                start.plus(Duration.ofMinutes(30)), List.of(invitees), MediaType.VIDEO));
    }

    @Test
    void noMailPropertiesThenNoMailer() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(InvitationMailer.class);
            assertThat(context.getBean(Calls.class).invitations().enabled()).isFalse();
        });
    }

    @Test
    void hostSetThenInviteesGetTheMeetingPageLinkAndACalendarAndItIsCounted() {
        withOwnSession().run(context -> {
            assertThat(context).hasSingleBean(SmtpInvitationMailer.class).doesNotHaveBean(JavaMailSender.class);
            Calls calls = context.getBean(Calls.class);
            Meeting m = schedule(calls, "bob", "carol");

            List<ReceivedMail> mails = inbox.await(2);
            ReceivedMail bob = mails.stream().filter(x -> x.to().contains("bob@example.com")).findFirst().orElseThrow();
            assertThat(bob.from()).isEqualTo("calls@example.org");
            assertThat(bob.text()).contains("https://app.example.org/api/calls/embed/meetings/" + m.id());
            assertThat(bob.method()).isEqualTo("REQUEST");
            assertThat(bob.eventValue(Property.UID)).isEqualTo(IcsInvite.uid(m));
            assertThat(bob.calendarValid()).isTrue();

            calls.meetings().cancel(m.id(), Acme.user("alice"));
            assertThat(inbox.await(4)).extracting(ReceivedMail::method)
                    .containsExactlyInAnyOrder("REQUEST", "REQUEST", "CANCEL", "CANCEL");
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Eventually.until("four sent counted", () -> registry.find(CallsMetricsAutoConfiguration.INVITATIONS)
                    .tag("outcome", "sent").functionCounter() != null && registry.find(CallsMetricsAutoConfiguration
                    .INVITATIONS).tag("outcome", "sent").functionCounter().count() == 4);
        });
    }

    @Test
    void bootsJavaMailSenderPresentThenInvitationsGoThroughItFromCallsMailFrom() {
        runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + inbox.port(),
                "calls.mail.from=invites@example.org").run(context -> {
            assertThat(context).hasSingleBean(JavaMailSender.class).hasSingleBean(SmtpInvitationMailer.class);
            Meeting m = schedule(context.getBean(Calls.class), "bob");

            ReceivedMail bob = inbox.await(1).get(0);
            assertThat(bob.from()).isEqualTo("invites@example.org");
            assertThat(bob.to()).containsExactly("bob@example.com");
            assertThat(bob.eventValue(Property.UID)).isEqualTo(IcsInvite.uid(m));
        });
    }

    @Test
    void hostTemplatesBeanThenItsTextIsSent() {
        withOwnSession().withBean(MailTemplates.class, () -> MailTemplates.defaults().withRequest(
                new MailTemplate("Booked: {title}", "See you, {recipient}: {link}", "<p>{title}</p>")))
                .run(context -> {
                    schedule(context.getBean(Calls.class), "bob");

                    ReceivedMail bob = inbox.await(1).get(0);
                    assertThat(bob.subject()).isEqualTo("Booked: Planning");
                    assertThat(bob.text()).startsWith("See you, Bob Brown: https://app.example.org/api/calls/embed/");
                });
    }

    @Test
    void hostsOwnMailerWins() {
        List<Invitation> mine = new CopyOnWriteArrayList<>();
        withOwnSession().withBean(InvitationMailer.class, () -> mine::add).run(context -> {
            assertThat(context).doesNotHaveBean(SmtpInvitationMailer.class);
            schedule(context.getBean(Calls.class), "bob");

            Eventually.until("the host's mailer got it", () -> mine.size() == 1);
            assertThat(inbox.received()).isEmpty();
        });
    }

    @Test
    void hostSetWithoutFromThenStartupFailsNamingTheProperty() {
        runner.withPropertyValues("calls.mail.host=127.0.0.1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("calls.mail.from");
        });
    }
}
