package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The invitation served as a calendar file (read back by ical4j) and the meeting page it links to. */
class MeetingInviteAndPageTest {
    static final String NASTY = "</script><script>alert(1)</script>&\"'<b>";

    private TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Meeting meeting(String title) {
        Instant now = server.engine.clock.instant();
        return server.engine.calls.meetings().create(UserRef.of("acme", "alice"), new MeetingRequest(title,
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), List.of("bob"), MediaType.VIDEO));
    }

    private static VEvent event(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        return cal.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    @Test
    void inviteThenCalendarAttachmentLinkingToTheMeetingPage() throws Exception {
        Meeting m = meeting("Quarterly planning, part 1");

        Res r = server.api.get("acme/bob", "/meetings/" + m.id() + "/invite.ics");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType().toLowerCase(Locale.ROOT).replace(" ", ""))
                .isEqualTo("text/calendar;charset=utf-8");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"meeting.ics\"");
        VEvent event = event(r.body());
        String page = "http://127.0.0.1:" + server.root.getPort() + "/api/calls/embed/meetings/" + m.id();
        assertThat(value(event, Property.URL)).isEqualTo(page);
        assertThat(value(event, Property.LOCATION)).isEqualTo(page);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Quarterly planning, part 1");
        assertThat(value(event, Property.UID)).isEqualTo(m.id() + "@dev.calls");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(m.startsAt());
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(m.endsAt());
        assertThat(r.body()).doesNotContain(m.room());
    }

    @Test
    void inviteUnderContextPathThenLinkKeepsIt() throws Exception {
        server.close();
        server = new TestServer(b -> b, o -> o, "/app", c -> { });
        Meeting m = meeting("Planning");

        String ics = server.api.get("acme/alice", "/meetings/" + m.id() + "/invite.ics").body();

        assertThat(value(event(ics), Property.URL)).isEqualTo("http://127.0.0.1:" + server.root.getPort()
                + "/app/api/calls/embed/meetings/" + m.id());
    }

    @Test
    void inviteWithPublicBaseUrlThenLinkOnThatHostWhateverTheRequestSaid() throws Exception {
        server.close();
        server = new TestServer(b -> b, o -> o.publicBaseUrl("https://calls.example.com/app/"), "", c -> { });
        Meeting m = meeting("Planning");

        Res r = server.api.send(server.api.request("acme/alice", "/meetings/" + m.id() + "/invite.ics")
                .header("X-Forwarded-Host", "evil.example").GET());
        Res json = server.api.get("acme/alice", "/meetings/" + m.id());

        assertThat(value(event(r.body()), Property.URL))
                .isEqualTo("https://calls.example.com/app/api/calls/embed/meetings/" + m.id());
        assertThat(json.json().get("inviteUrl").asText())
                .isEqualTo("https://calls.example.com/app/api/calls/meetings/" + m.id() + "/invite.ics");
    }

    @Test
    void inviteForOutsiderThenNotFoundWithoutCalendar() {
        Meeting m = meeting("Planning");

        Res r = server.api.get("acme/carol", "/meetings/" + m.id() + "/invite.ics");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("VCALENDAR");
    }

    @Test
    void badOrForeignMeetingLinkFromABrowserThenAPageSayingSoAndForProgramsAProblem() {
        Meeting m = meeting("Planning");

        for (String path : new String[] {"/embed/meetings/not-a-meeting", "/embed/meetings/" + m.id(),
                "/embed/meetings/00000000-0000-0000-0000-000000000000", "/embed/00000000-0000-0000-0000-000000000000"}) {
            Res page = server.api.raw("GET", path, "acme/carol", null, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            Res program = server.api.get("acme/carol", path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).containsPattern("<h1>(Meeting|Call) not found</h1>").contains("<a href=\"/\">")
                    .doesNotContain("{\"");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(program.status()).isEqualTo(404);
            assertThat(program.code()).isEqualTo("not_found");
        }
    }

    @Test
    void pageForAttendeeThenOpensTheMeetingWithTheClientUnderAStrictPolicy() {
        Meeting m = meeting("Planning");

        Res r = server.api.get("acme/bob", "/embed/meetings/" + m.id());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.body();
        Matcher nonce = Pattern.compile("<script type=\"module\" nonce=\"([^\"]+)\">").matcher(html);
        assertThat(nonce.find()).isTrue();
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'")
                .contains("script-src 'nonce-" + nonce.group(1) + "' 'self' https://meet.jit.si;")
                .contains("frame-src https://meet.jit.si;")
                .contains("connect-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(html).contains("import(data.client)")
                .contains("calls.openMeeting(data.meetingId, { fullPage: true })")
                .contains("\"client\":\"/api/calls/client.js\"")
                .contains("\"meetingId\":\"" + m.id() + "\"")
                .contains("<h1>Planning</h1>");
    }

    @Test
    void pageWithHostileTitleThenEscapedInTextAndDataBlock() {
        Meeting m = meeting(NASTY);

        String html = server.api.get("acme/alice", "/embed/meetings/" + m.id()).body();

        assertThat(html).doesNotContain(NASTY).doesNotContain("<script>alert");
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(1)");
        assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        assertThat(html.split("</script>", -1)).hasSize(3);
    }

    @Test
    void pageForSignedOutVisitorThenAskedToSignInWithoutMeetingDetails() {
        Meeting m = meeting("Secret merger talks");

        Res r = server.api.get(null, "/embed/meetings/" + m.id());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("Sign in to join the meeting").contains("<a href=\"/\">Sign in</a>")
                .doesNotContain("Secret merger").doesNotContain(m.room()).doesNotContain("<script");
        assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void pageForSignedInOutsiderThenNotFound() {
        Meeting m = meeting("Planning");

        Res r = server.api.get("acme/carol", "/embed/meetings/" + m.id());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Planning");
    }

    @Test
    void pageForMalformedIdThenNotFoundEvenWhenSignedOut() {
        assertThat(server.api.get(null, "/embed/meetings/not-a-meeting").status()).isEqualTo(404);
    }
}
