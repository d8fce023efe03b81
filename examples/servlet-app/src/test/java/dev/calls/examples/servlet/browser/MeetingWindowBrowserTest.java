package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code calls.openMeeting(id)}: a scheduled meeting in the call window. The meetings routes are not served
 * by this build of the filter, so the page itself answers {@code GET meetings/{id}/join} with the documented
 * shape ({@code {meeting, join, moderator, lobby, waitForHost}}); the meeting script is the stand-in.
 */
class MeetingWindowBrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ORGANIZER_MEETING = "4b6f0a39-4c59-4d38-9a34-0d2f3e1f0001";
    static final String GUEST_MEETING = "4b6f0a39-4c59-4d38-9a34-0d2f3e1f0002";

    static BrowserApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        browser = Browser.start("attendee", app.base);
        // the recorder wraps the answers, so it sees the meeting requests too
        browser.onEveryPage(answer(ORGANIZER_MEETING, true) + answer(GUEST_MEETING, false) + ConnectionBrowserTest.RECORD_FETCH);
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = browser) {
            // closed in reverse order
        }
    }

    /** Page script: answers GET /api/calls/meetings/{id}/join as the meetings API does. */
    private static String answer(String id, boolean organizer) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode meeting = body.putObject("meeting");
        meeting.put("id", id).put("title", organizer ? "Weekly review" : "Design review").put("host", "testuser4")
                .put("type", "video").put("room", "calls-meeting-" + id.substring(id.length() - 4))
                .put("startsAt", "2026-03-02T10:00:00Z").put("endsAt", "2026-03-02T11:00:00Z");
        meeting.putArray("inviteeIds").add("calluser8");
        String room = meeting.get("room").asText();
        ObjectNode join = body.putObject("join");
        join.put("provider", "stand-in").put("domain", app.jitsi.domain()).put("room", room)
                .put("url", app.jitsi.roomUrl(room)).put("jwt", StandInJitsi.token("testuser4", room))
                .putNull("appId").put("expiresAt", "2026-03-02T11:00:00Z")
                .put("scriptUrl", app.base.resolve(StandInJitsi.PATH + StandInJitsi.SCRIPT).toString());
        body.put("moderator", organizer).put("lobby", true).put("waitForHost", !organizer);
        return "(function (original) { window.fetch = function (url, init) {"
                + " if (String(url) === '/api/calls/meetings/" + id + "/join') {"
                + "  return Promise.resolve(new Response(" + JSON.valueToTree(body.toString()) + ","
                + "   { status: 200, headers: { 'Content-Type': 'application/json' } })); }"
                + " return original.apply(this, arguments); }; })(window.fetch);";
    }

    private static void open(String meetingId) {
        browser.script("import('/api/calls/client.js').then((m) => m.calls.openMeeting(arguments[0]));", meetingId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> requests() {
        return (List<String>) browser.script("return window.__requests;");
    }

    @Test
    void organizerOpensMeetingThenItsRoomWithTheLobbyOnAndHangingUpReportsNoCall() {
        browser.signIn("testuser4");

        open(ORGANIZER_MEETING);

        browser.waitVisible(Browser.region("Weekly review"));
        JsonNode jitsi = browser.standIn().get(0);
        assertThat(jitsi.at("/options/roomName").asText()).isEqualTo("calls-meeting-0001");
        assertThat(jitsi.at("/options/jwt").asText()).isEqualTo(StandInJitsi.token("testuser4", "calls-meeting-0001"));
        assertThat(jitsi.at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isFalse();
        browser.wait(Browser.WAIT).until(d -> browser.standIn().get(0).get("commands").toString().contains("[\"toggleLobby\",true]"));

        browser.button("Hang up").click();

        browser.waitGone(Browser.region("Weekly review"));
        assertThat(browser.standIn().get(0).get("commands").toString()).contains("[\"hangup\"]");
        assertThat(requests()).contains("GET /api/calls/meetings/" + ORGANIZER_MEETING + "/join")
                .noneMatch(r -> r.endsWith("/leave") || r.endsWith("/room") || r.endsWith("/media"));
    }

    @Test
    void guestOpensMeetingThenWaitsForTheHostWithoutTouchingTheLobby() {
        browser.signIn("testuser4");

        open(GUEST_MEETING);

        browser.waitVisible(Browser.region("Design review"));
        browser.wait(Browser.WAIT).until(d -> browser.standIn().size() == 1);
        browser.wait(Browser.WAIT).until(d -> browser.driver.findElements(Browser.labelled("Call duration")).size() == 1);
        assertThat(browser.standIn().get(0).get("commands").toString()).doesNotContain("toggleLobby");
        browser.button("Hang up").click();
        browser.waitGone(Browser.region("Design review"));
    }

    @Test
    void invitationLinkWhenTheAttendeeOpensTheMeetingPageThenTheMeetingOpensFullPage() {
        browser.signIn("testuser4");
        java.time.Instant start = app.clock.instant().plus(java.time.Duration.ofMinutes(5));
        dev.calls.meeting.Meeting meeting = app.app.calls().meetings().create(
                dev.calls.UserRef.of(dev.calls.examples.servlet.DemoUsers.TEST_ORG, "testuser4"),
                new dev.calls.meeting.MeetingRequest("Quarterly plan", start, start.plus(java.time.Duration.ofHours(1)),
                        List.of("calluser8"), dev.calls.MediaType.VIDEO));

        browser.open("/api/calls/embed/meetings/" + meeting.id());

        browser.waitVisible(Browser.region("Quarterly plan"));
        browser.wait(Browser.WAIT).until(d -> browser.standIn().size() == 1);
        assertThat(browser.standIn().get(0).at("/options/roomName").asText()).isEqualTo(meeting.room());
        assertThat(browser.driver.getPageSource()).doesNotContain("is not a function");
        browser.screenshot("meeting-page-full");
    }
}
