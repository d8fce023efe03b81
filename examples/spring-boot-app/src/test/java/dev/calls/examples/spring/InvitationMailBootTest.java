package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Calls;
import dev.calls.mail.SmtpInvitationMailer;
import dev.calls.mail.testing.MailInbox;
import dev.calls.mail.testing.ReceivedMail;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Invitation e-mails through the Spring Boot example: Boot's JavaMailSender ({@code spring.mail.*}) carries them,
 * {@code calls.mail.from} signs them, a real SMTP server (GreenMail) receives the invitation and the cancellation
 * with valid calendars linking under {@code calls.public-base-url}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InvitationMailBootTest {
    private static final MailInbox INBOX = new MailInbox();

    @LocalServerPort
    int port;

    @Autowired
    Calls calls;

    @Autowired
    JavaMailSender bootsSender;

    @Autowired
    SmtpInvitationMailer mailer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", INBOX::port);
        registry.add("calls.mail.from", () -> "CRM Calls <calls@crm.example.org>");
        registry.add("calls.public-base-url", () -> "https://crm.example.org");
    }

    @AfterAll
    static void stop() {
        INBOX.close();
    }

    private static ReceivedMail to(List<ReceivedMail> mails, String address, String method) {
        return mails.stream().filter(m -> m.to().contains(address) && m.method().equals(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " to " + address + " in " + mails));
    }

    @Test
    void scheduleThenTheInviteeIsMailedThroughBootsSenderAndCancelThenTheCancellation() throws Exception {
        assertThat(mailer.toString()).contains("the host's sender");
        WebClient host = WebClient.basic(port, "testuser4", DemoData.PASSWORD);
        Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> created = host.json("POST", "/api/calls/meetings", Map.of("title", "Renewal call",
                "startsAt", start.toString(), "endsAt", start.plus(45, ChronoUnit.MINUTES).toString(),
                "inviteeIds", List.of("calluser8"), "type", "audio"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = WebClient.tree(created).path("id").asText();
        String room = WebClient.tree(created).path("room").asText();
        assertThat(room).startsWith("crm-");
        String page = "https://crm.example.org/api/calls/embed/meetings/" + id;

        ReceivedMail invitation = to(INBOX.await(1), "calluser8@example.com", "REQUEST");
        assertThat(invitation.from()).isEqualTo("calls@crm.example.org");
        assertThat(invitation.subject()).startsWith("Invitation: Renewal call");
        assertThat(invitation.text()).contains("Join the meeting: " + page, "audio meeting", "UTC");
        assertThat(invitation.calendarType()).contains("method=REQUEST");
        assertThat(invitation.attachmentName()).isEqualTo("invite.ics");
        assertThat(invitation.calendarValid()).isTrue();
        assertThat(invitation.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
        assertThat(invitation.eventValue(Property.SEQUENCE)).isEqualTo("0");
        assertThat(invitation.start()).isEqualTo(start);
        assertThat(invitation.attendees()).contains("mailto:calluser8@example.com");
        assertThat(invitation.rawSource()).doesNotContainIgnoringCase("jwt").doesNotContain(room);

        HttpResponse<String> cancelled = host.json("DELETE", "/api/calls/meetings/" + id, Map.of());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);

        ReceivedMail cancellation = to(INBOX.await(2), "calluser8@example.com", "CANCEL");
        assertThat(cancellation.calendarType()).contains("method=CANCEL");
        assertThat(cancellation.calendarValid()).isTrue();
        assertThat(cancellation.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
        assertThat(cancellation.eventValue(Property.SEQUENCE)).isEqualTo("1");
        assertThat(calls.invitations().counts().sent()).isEqualTo(2);
    }
}
