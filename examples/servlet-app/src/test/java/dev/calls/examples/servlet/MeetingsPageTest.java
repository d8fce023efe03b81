package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.UserRef;
import dev.calls.meeting.Meeting;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meetings page of the example: schedule, list, download, join link, cancel. */
class MeetingsPageTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(dev.calls.examples.servlet.TestSettings.of(Map.of()))
                .engine(b -> b.clock(clock).scheduler(new ManualScheduler(clock))));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private List<Meeting> upcoming(String user) {
        return app.calls().meetings().upcoming(UserRef.of(DemoUsers.TEST_ORG, user), 100);
    }

    private HttpResponse<String> schedule(Browser b, String title, String start, String end, String... invitees) {
        String token = b.hidden(b.get("/meetings").body(), "token");
        return b.postForm("/meetings", Map.of("token", token, "title", title, "start", start, "end", end,
                "type", "audio", "invitee", String.join("\n", invitees)));
    }

    @Test
    void pageThenFormWithColleaguesAndNavigation() {
        HttpResponse<String> r = Browser.form(app, "testuser4").get("/meetings");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Meetings</h1>").contains("name=\"invitee\" value=\"calluser8\"")
                .doesNotContain("value=\"testuser4\"").doesNotContain("orguser1")
                .contains("value=\"2026-03-02T11:00\"").contains("<a href=\"/meetings\">Meetings</a>")
                .contains("No upcoming meetings.");
    }

    @Test
    void scheduleThenListedForHostAndInviteeWithJoinAndCalendarLinks() {
        Browser host = Browser.form(app, "testuser4");

        HttpResponse<String> r = schedule(host, "Intake <call>", "2026-03-02T14:00", "2026-03-02T14:45", "calluser8",
                "calluser4");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/meetings");
        Meeting m = upcoming("testuser4").get(0);
        assertThat(m.title()).isEqualTo("Intake <call>");
        assertThat(m.startsAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(m.inviteeIds()).containsExactly("calluser8", "calluser4");
        assertThat(m.type().wire()).isEqualTo("audio");
        String hostPage = host.get("/meetings").body();
        assertThat(hostPage).contains("Intake &lt;call&gt;").contains("<time data-calls-local datetime=\"2026-03-02T14:00:00Z\">2026-03-02 14:00 UTC</time> – "
                        + "<time data-calls-local datetime=\"2026-03-02T14:45:00Z\">")
                .contains("href=\"/api/calls/embed/meetings/" + m.id() + "\"")
                .contains("href=\"/api/calls/meetings/" + m.id() + "/invite.ics\"")
                .contains("Call User 8, Call User 4").contains(">Cancel</button>");
        String inviteePage = Browser.form(app, "calluser8").get("/meetings").body();
        assertThat(inviteePage).contains("Intake &lt;call&gt;").contains("Test User 4").doesNotContain(">Cancel</button>");
    }

    @Test
    void calendarLinkWithTheSessionThenInvitationPointingAtTheMeetingPage() {
        Browser invitee = Browser.form(app, "calluser8");
        schedule(Browser.form(app, "testuser4"), "Review", "2026-03-02T14:00", "2026-03-02T15:00", "calluser8");
        Meeting m = upcoming("calluser8").get(0);

        HttpResponse<String> ics = invitee.get("/api/calls/meetings/" + m.id() + "/invite.ics");
        HttpResponse<String> page = invitee.get("/api/calls/embed/meetings/" + m.id());
        HttpResponse<String> signedOut = Browser.anonymous(app).get("/api/calls/embed/meetings/" + m.id());

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        // RFC 5545 folds long lines with CRLF + space; unfolded, the link is whole
        assertThat(ics.body().replace("\r\n ", "")).contains("URL:" + app.uri() + "api/calls/embed/meetings/" + m.id())
                .contains("SUMMARY:Review");
        assertThat(page.body()).contains("calls.openMeeting(data.meetingId, { fullPage: true })");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.body()).contains("Sign in to join the meeting").doesNotContain("Review");
    }

    @Test
    void scheduleInTheReadersTimeZoneThenStoredAtThatInstantAndTheFormSaysWhichZone() {
        Browser host = Browser.form(app, "testuser4");
        String page = host.get("/meetings").body();
        String token = host.hidden(page, "token");

        HttpResponse<String> r = host.postForm("/meetings", Map.of("token", token, "title", "Berlin", "start", "2026-03-02T15:00",
                "end", "2026-03-02T15:30", "zone", "Europe/Berlin", "invitee", "calluser8"));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(upcoming("testuser4").get(0).startsAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(page).contains("<input type=\"hidden\" name=\"zone\" value=\"\" data-zone>")
                .contains("<script type=\"module\" src=\"/static/zone.js\"></script>")
                .contains("data-utc=\"2026-03-02T11:00:00Z\"");
        assertThat(host.get("/static/zone.js").body()).contains("resolvedOptions().timeZone");
    }

    @Test
    void scheduleEndingBeforeItStartsThenMessageAndNothingStored() {
        Browser host = Browser.form(app, "testuser4");

        HttpResponse<String> r = schedule(host, "Backwards", "2026-03-02T15:00", "2026-03-02T14:00", "calluser8");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("class=\"error\"").contains("The end must be after the start.")
                .doesNotContain("endsAt").doesNotContain("startsAt");
        assertThat(upcoming("testuser4")).isEmpty();
    }

    @Test
    void scheduleWithoutTheFormTokenThenRefusedAndNothingStored() {
        Browser host = Browser.form(app, "testuser4");
        host.get("/meetings");

        HttpResponse<String> r = host.postForm("/meetings", Map.of("title", "Forged", "start", "2026-03-02T14:00",
                "end", "2026-03-02T15:00", "invitee", "calluser8"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("The form expired");
        assertThat(upcoming("testuser4")).isEmpty();
    }

    @Test
    void cancelByHostThenGoneAndByInviteeThenRefused() {
        Browser host = Browser.form(app, "testuser4");
        Browser invitee = Browser.form(app, "calluser8");
        schedule(host, "Review", "2026-03-02T14:00", "2026-03-02T15:00", "calluser8");
        String id = upcoming("testuser4").get(0).id().toString();

        HttpResponse<String> refused = invitee.postForm("/meetings", Map.of("token",
                invitee.hidden(invitee.get("/meetings").body(), "token"), "action", "cancel", "id", id));
        HttpResponse<String> cancelled = host.postForm("/meetings", Map.of("token",
                host.hidden(host.get("/meetings").body(), "token"), "action", "cancel", "id", id));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Only the organizer can cancel");
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(upcoming("calluser8")).isEmpty();
    }

    @Test
    void pageWithoutSignInThenRedirectedToLogin() {
        HttpResponse<String> r = Browser.anonymous(app).get("/meetings");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
