package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A host and a guest in two browsers, the guest's with no sign-in and no cookie: the guest opens the link, asks to
 * join and waits; the host sees "Ann Client is waiting" with Admit and Deny in the call window and admits; both are
 * in a call window on the meeting's room. A denied guest is told so, and neither the page, nor any answer the
 * guest's page fetched, nor its storage ever held the room's name.
 */
class GuestBrowserTest {
    /** Records the text of every answer the page's fetches got, before the page's own scripts run. */
    static final String RECORD_ANSWERS = "window.__answers = []; (function (original) {"
            + " window.fetch = function () { return original.apply(this, arguments).then(function (r) {"
            + "  r.clone().text().then(function (t) { window.__answers.push(r.url + ' ' + r.status + ' ' + t); });"
            + "  return r; }); }; })(window.fetch);";

    static BrowserApp app;
    static Browser host;
    static Browser guest;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        host = Browser.start("host", app.base);
        guest = Browser.start("guest", app.base);
        guest.onEveryPage(RECORD_ANSWERS);
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = host; Browser z = guest) {
            // closed in reverse order
        }
    }

    /** A meeting of testuser4's with a waiting room, its join window open. */
    private static JsonNode meeting(String title) {
        Instant start = app.clock.instant().plus(Duration.ofMinutes(5));
        JsonNode m = app.api("testuser4", "POST", "/meetings", "{\"title\":\"" + title + "\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(1)) + "\",\"inviteeIds\":[\"calluser8\"],"
                + "\"waitingRoom\":true}");
        assertThat(m.get("waitingRoom").asBoolean()).as(m.toString()).isTrue();
        return m;
    }

    private static String link(JsonNode meeting, String name) {
        JsonNode pass = app.api("testuser4", "POST", "/meetings/" + meeting.get("id").asText() + "/guests",
                "{\"name\":\"" + name + "\"}");
        return pass.get("url").asText();
    }

    private static By card(String name) {
        return By.xpath("//*[@role='group'][@aria-label='" + name + " is waiting']");
    }

    @SuppressWarnings("unchecked")
    private static List<String> answers() {
        return (List<String>) guest.script("return window.__answers || [];");
    }

    private static void assertNoRoomAnywhere(String room) {
        assertThat(guest.driver.getPageSource()).doesNotContain(room);
        assertThat(answers()).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain(room));
        assertThat((String) guest.script("return JSON.stringify(Object.assign({}, localStorage)) + "
                + "JSON.stringify(Object.assign({}, sessionStorage)) + document.cookie;")).doesNotContain(room)
                .isEqualTo("{}{}");
    }

    @Test
    void guestWaitsForTheHostWhoSeesTheKnockInTheCallWindowOnJoiningAndAdmitsThenBothAreInTheRoom() {
        JsonNode m = meeting("Consultation");
        String room = m.get("room").asText();
        String url = link(m, "Ann Client");

        guest.driver.get(url);
        guest.waitVisible(By.xpath("//h1[normalize-space(.)='Consultation']"));
        guest.wait(Browser.WAIT).until(d -> d.findElement(By.id("calls-guest-when")).getText().contains("hosted by"));
        WebElement name = guest.driver.findElement(By.id("calls-guest-name"));
        assertThat(name.getAttribute("value")).isEqualTo("Ann Client");
        guest.button("Ask to join").click();
        guest.wait(Browser.WAIT).until(d -> d.findElement(By.id("calls-guest-status")).getText()
                .contains("Waiting for the host to join"));

        // the knock came before any page of the host's listened: joining the meeting shows it in the window
        host.signIn("testuser4");
        host.script("import('/api/calls/client.js').then((x) => x.calls.openMeeting(arguments[0]));",
                m.get("id").asText());
        host.waitVisible(Browser.region("Consultation"));
        guest.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("calls-guest-status")).getText()
                .contains("Waiting for the host to let you in"));
        assertNoRoomAnywhere(room);
        guest.screenshot("guest-waiting");

        WebElement knock = host.waitVisible(card("Ann Client"));
        assertThat(knock.findElement(By.xpath("ancestor::*[@data-calls-window]"))).isNotNull();
        host.screenshot("host-sees-guest-waiting");
        host.button("Admit").click();
        host.waitGone(card("Ann Client"));

        guest.waitVisible(Browser.region("Consultation"), Duration.ofSeconds(10));
        guest.wait(Browser.WAIT).until(d -> guest.standIn().size() == 1);
        JsonNode jitsi = guest.standIn().get(0);
        assertThat(jitsi.at("/options/roomName").asText()).isEqualTo(room);
        assertThat(jitsi.at("/options/userInfo/displayName").asText()).isEqualTo("Ann Client");
        assertThat(jitsi.at("/options/jwt").asText()).startsWith("stand-in-token.guest:");
        assertThat(host.standIn().get(0).at("/options/roomName").asText()).isEqualTo(room);
        assertThat(guest.cspViolations()).isEmpty();
        guest.screenshot("guest-in-call");

        guest.button("Hang up").click();
        guest.waitVisible(Browser.alert("You left"));
    }

    @Test
    void deniedGuestSeesAClearMessageAndNeverTheRoom() {
        JsonNode m = meeting("Review");
        String room = m.get("room").asText();
        String url = link(m, "Dan Denied");
        host.signIn("testuser4");

        guest.driver.get(url);
        guest.button("Ask to join").click();
        guest.wait(Browser.WAIT).until(d -> d.findElement(By.id("calls-guest-status")).getText()
                .contains("Waiting for the host"));

        host.waitVisible(card("Dan Denied"));
        host.screenshot("host-lobby-before-joining");
        host.button("Deny").click();
        host.waitGone(card("Dan Denied"));

        guest.waitVisible(Browser.alert("The host did not let you in"), Duration.ofSeconds(10));
        assertThat(guest.standIn()).isEmpty();
        assertNoRoomAnywhere(room);
        guest.screenshot("guest-denied");
    }
}
