package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.InvalidSettingException;
import dev.calls.mail.testing.MailInbox;
import dev.calls.mail.testing.ReceivedMail;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * E-mailed invitations end to end over HTTP: with the {@code calls.mail.*} settings pointing at a real SMTP server
 * (GreenMail), scheduling a meeting mails each invitee the link to the meeting page and a valid calendar, and
 * cancelling it mails the cancellations under the same UID.
 */
class InvitationMailTest {
    private final MailInbox inbox = new MailInbox();
    private RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        inbox.close();
    }

    private Map<String, String> mailSettings() {
        Map<String, String> s = new HashMap<>();
        s.put("calls.mail.host", "127.0.0.1");
        s.put("calls.mail.port", String.valueOf(inbox.port()));
        s.put("calls.mail.starttls", "false");
        s.put("calls.mail.from", "Calls Example <calls@example.org>");
        return s;
    }

    private void start(Map<String, String> settings) throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(settings)));
    }

    private static ReceivedMail to(List<ReceivedMail> mails, String address, String method) {
        return mails.stream().filter(m -> m.to().contains(address) && m.method().equals(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " to " + address + " in " + mails));
    }

    @Test
    void scheduleThenInviteesGetTheMeetingPageAndAValidCalendarAndCancelThenTheCancellations() throws Exception {
        start(mailSettings());
        assertThat(ServletApp.banner(app)).contains("Mail: on, SmtpInvitationMailer[smtp://127.0.0.1:" + inbox.port());
        Browser host = Browser.basic(app, "testuser4");
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> created = host.postJson("/api/calls/meetings", "{\"title\":\"Customer review\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(1, ChronoUnit.HOURS) + "\","
                + "\"inviteeIds\":[\"calluser8\",\"testuser5\"],\"type\":\"video\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode m = host.json(created);
        String id = m.get("id").asText();
        String page = app.uri() + "api/calls/embed/meetings/" + id;
        assertThat(m.get("joinUrl").asText()).isEqualTo(page);

        List<ReceivedMail> invitations = inbox.await(2);
        for (String who : List.of("calluser8@example.com", "testuser5@example.com")) {
            ReceivedMail mail = to(invitations, who, "REQUEST");
            assertThat(mail.from()).isEqualTo("calls@example.org");
            assertThat(mail.subject()).startsWith("Invitation: Customer review");
            assertThat(mail.text()).contains("Join the meeting: " + page, "UTC");
            assertThat(mail.html()).contains("href=\"" + page + "\"");
            assertThat(mail.calendarType()).contains("method=REQUEST");
            assertThat(mail.attachmentName()).isEqualTo("invite.ics");
            assertThat(mail.calendarValid()).isTrue();
            assertThat(mail.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
            assertThat(mail.eventValue(Property.SEQUENCE)).isEqualTo("0");
            assertThat(mail.eventValue(Property.URL)).isEqualTo(page);
            assertThat(mail.start()).isEqualTo(start);
            assertThat(mail.attendees()).contains("mailto:" + who, "mailto:testuser4@example.com");
            // no join token, no room name: the page signs the invitee in first
            assertThat(mail.rawSource()).doesNotContainIgnoringCase("jwt").doesNotContain(m.get("room").asText());
        }

        HttpResponse<String> cancelled = host.send("DELETE", "/api/calls/meetings/" + id,
                java.net.http.HttpRequest.BodyPublishers.noBody(), "X-Requested-With", "fetch");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);

        List<ReceivedMail> all = inbox.await(4);
        for (String who : List.of("calluser8@example.com", "testuser5@example.com")) {
            ReceivedMail cancel = to(all, who, "CANCEL");
            assertThat(cancel.subject()).startsWith("Cancelled: Customer review");
            assertThat(cancel.calendarType()).contains("method=CANCEL");
            assertThat(cancel.calendarValid()).isTrue();
            assertThat(cancel.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
            assertThat(cancel.eventValue(Property.SEQUENCE)).isEqualTo("1");
            assertThat(cancel.eventValue(Property.STATUS)).isEqualTo("CANCELLED");
        }
        assertThat(app.calls().invitations().counts().sent()).isEqualTo(4);
    }

    @Test
    void guestAddedWithAnAddressThenTheirPersonalLinkAndACalendarAndRevokedThenTheCancellation() throws Exception {
        start(mailSettings());
        Browser host = Browser.basic(app, "testuser4");
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        JsonNode m = host.json(host.postJson("/api/calls/meetings", "{\"title\":\"Consultation\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(1, ChronoUnit.HOURS) + "\","
                + "\"inviteeIds\":[\"calluser8\"],\"type\":\"video\",\"waitingRoom\":true}"));
        String guests = "/api/calls/meetings/" + m.get("id").asText() + "/guests";
        inbox.await(1); // calluser8's own invitation

        HttpResponse<String> added = host.postJson(guests, "{\"name\":\"Ann Client\",\"email\":\"ann@example.org\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode pass = host.json(added);

        ReceivedMail invitation = to(inbox.await(2), "ann@example.org", "REQUEST");
        String link = pass.get("url").asText();
        assertThat(invitation.text()).contains("Join the meeting: " + link);
        assertThat(invitation.calendarValid()).isTrue();
        assertThat(invitation.eventValue(Property.UID)).isEqualTo(m.get("id").asText() + "@dev.calls");
        assertThat(invitation.eventValue(Property.URL)).isEqualTo(link);
        assertThat(invitation.attendees()).contains("mailto:ann@example.org");
        // the guest waits to be let in: nothing in the mail names the room
        assertThat(invitation.rawSource()).doesNotContain(m.get("room").asText()).doesNotContainIgnoringCase("jwt");

        HttpResponse<String> revoked = host.send("DELETE", guests + "/" + pass.get("id").asText(),
                java.net.http.HttpRequest.BodyPublishers.noBody(), "X-Requested-With", "test");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        ReceivedMail cancellation = to(inbox.await(3), "ann@example.org", "CANCEL");
        assertThat(cancellation.calendarValid()).isTrue();
        assertThat(cancellation.eventValue(Property.UID)).isEqualTo(m.get("id").asText() + "@dev.calls");
        assertThat(cancellation.rawSource()).doesNotContain(m.get("room").asText());
    }

    @Test
    void changeThenTheRemainingInviteeGetsTheNewVersionAndTheRemovedOneACancellation() throws Exception {
        start(mailSettings());
        Browser host = Browser.basic(app, "testuser4");
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        JsonNode m = host.json(host.postJson("/api/calls/meetings", "{\"title\":\"Weekly\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plus(30, ChronoUnit.MINUTES) + "\",\"inviteeIds\":[\"calluser8\",\"testuser5\"]}"));
        String id = m.get("id").asText();
        inbox.await(2);
        Instant later = start.plus(1, ChronoUnit.DAYS);

        HttpResponse<String> changed = host.send("PUT", "/api/calls/meetings/" + id,
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"Weekly (moved)\",\"startsAt\":\""
                        + later + "\",\"endsAt\":\"" + later.plus(30, ChronoUnit.MINUTES)
                        + "\",\"inviteeIds\":[\"calluser8\"],\"type\":\"audio\"}"), "Content-Type", "application/json");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        List<ReceivedMail> all = inbox.await(4);
        ReceivedMail moved = all.stream().filter(x -> x.to().contains("calluser8@example.com")
                && x.subject().startsWith("Invitation: Weekly (moved)")).findFirst().orElseThrow();
        assertThat(moved.method()).isEqualTo("REQUEST");
        assertThat(moved.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
        assertThat(moved.eventValue(Property.SEQUENCE)).isEqualTo("1");
        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.attendees()).doesNotContain("mailto:testuser5@example.com");
        ReceivedMail removed = to(all, "testuser5@example.com", "CANCEL");
        assertThat(removed.eventValue(Property.UID)).isEqualTo(id + "@dev.calls");
        assertThat(removed.eventValue(Property.SEQUENCE)).isEqualTo("1");
        assertThat(removed.calendarValid()).isTrue();
    }

    @Test
    void publicBaseUrlSetThenTheMailLinksUnderIt() throws Exception {
        Map<String, String> settings = mailSettings();
        settings.put("calls.public-base-url", "https://calls.example.com");
        start(settings);
        Browser host = Browser.basic(app, "testuser4");
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        JsonNode m = host.json(host.postJson("/api/calls/meetings", "{\"title\":\"Review\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plus(30, ChronoUnit.MINUTES) + "\",\"inviteeIds\":[\"calluser8\"]}"));

        ReceivedMail mail = inbox.await(1).get(0);
        assertThat(mail.text()).contains("https://calls.example.com/api/calls/embed/meetings/" + m.get("id").asText());
    }

    @Test
    void noMailHostThenMailOffAndSaidSo() throws Exception {
        start(Map.of());

        assertThat(app.calls().invitations().enabled()).isFalse();
        assertThat(ServletApp.banner(app)).contains("Mail: off");
    }

    @Test
    void mailSettingsFromTheEnvironmentThenReadAndAMissingSenderRefusedNamingIt() {
        Settings fromEnv = Settings.from(new Properties(), Map.of("CALLS_MAIL_HOST", "smtp.example.org",
                "CALLS_MAIL_PORT", "2525", "CALLS_MAIL_USERNAME", "calls", "CALLS_MAIL_PASSWORD", "env-s3cret",
                "CALLS_MAIL_STARTTLS", "true", "CALLS_MAIL_FROM", "calls@example.org"));
        assertThat(fromEnv.get("calls.mail.host")).isEqualTo("smtp.example.org");
        assertThat(Mail.describe(Mail.fromSettings(fromEnv))).contains("smtp://smtp.example.org:2525 (STARTTLS)")
                .doesNotContain("env-s3cret");

        Map<String, String> noSender = mailSettings();
        noSender.remove("calls.mail.from");
        assertThatThrownBy(() -> start(noSender)).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.setting()).isEqualTo("calls.mail.from"));
    }
}
