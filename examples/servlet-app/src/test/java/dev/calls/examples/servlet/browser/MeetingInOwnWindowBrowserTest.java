package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A deployment that must not be embedded (meet.jit.si ends embedded meetings after five minutes): the call opens
 * the meeting page in a window of its own, with the user's token and name; the page keeps the call window with
 * the call's state and Hang up; closing the meeting's window leaves the call, and hanging up closes it.
 */
class MeetingInOwnWindowBrowserTest extends TwoBrowserTest {
    private final Map<Browser, String> home = new HashMap<>();

    @BeforeEach
    void rememberTheWindows() {
        for (Browser browser : List.of(a, b)) home.put(browser, browser.driver.getWindowHandle());
    }

    @AfterEach
    void embedAgain() {
        app.jitsi.display(null);
        app.jitsi.meetingHost(null);
        // a failed test may leave a meeting's window open, or the driver in it: the next test starts at home
        for (Browser browser : List.of(a, b)) {
            for (String handle : browser.driver.getWindowHandles()) {
                if (!handle.equals(home.get(browser))) browser.driver.switchTo().window(handle).close();
            }
            browser.driver.switchTo().window(home.get(browser));
        }
    }

    @Test
    void displayWindowThenTheMeetingOpensInItsOwnWindowAndTheCallWindowKeepsStateAndHangUp() {
        app.jitsi.display("window");
        videoCallFromAToB();
        String home = b.driver.getWindowHandle();

        b.button("Accept").click();

        b.waitVisible(Browser.region("Call with Test User 4"));
        String meeting = b.wait(Browser.WAIT).until(d -> otherWindow(b, home));
        String id = b.windowCallId();
        JsonNode call = app.call("calluser8", id);
        String room = app.api("calluser8", "GET", "/" + id + "/join", null).get("room").asText();
        String url = b.driver.switchTo().window(meeting).getCurrentUrl();
        assertThat(url).startsWith(app.jitsi.roomUrl(room) + "?jwt=" + StandInJitsi.token("calluser8", room) + "#")
                .contains("userInfo.displayName=%22Call%20User%208%22").contains("config.prejoinConfig.enabled=false");
        b.driver.switchTo().window(home);
        assertThat(b.standIn()).as("nothing embedded").isEmpty();
        assertThat(b.driver.findElements(By.cssSelector("[data-calls-window] iframe"))).isEmpty();
        assertThat(b.driver.findElement(By.cssSelector("[data-calls-window]")).getText())
                .contains("The call is open in a window of its own.");
        assertThat(b.findElementsNamed("Mute")).as("media controls are in the meeting's window").allMatch(e -> !e.isDisplayed());
        assertThat(call.get("state").asText()).isEqualTo("active");
        b.screenshot("meeting-in-own-window");

        // closing the meeting's window is leaving the call: a 1:1 call ends for both
        b.driver.switchTo().window(meeting).close();
        b.driver.switchTo().window(home);
        b.waitGone(Browser.region("Call with Test User 4"));
        a.waitGone(Browser.region("Call with Call User 8"));
        a.wait(Browser.WAIT).until(d -> !app.call("testuser4", id).get("state").asText().equals("active"));
        assertThat(app.call("testuser4", id).get("state").asText()).isEqualTo("completed");
    }

    @Test
    void hangingUpInThePageClosesTheMeetingsWindow() {
        app.jitsi.display("window");
        videoCallFromAToB();
        String home = a.driver.getWindowHandle();
        b.button("Accept").click();
        a.waitVisible(Browser.region("Call with Call User 8"));
        a.wait(Browser.WAIT).until(d -> otherWindow(a, home));

        a.button("Hang up").click();

        a.wait(Browser.WAIT).until(d -> d.getWindowHandles().size() == 1);
        b.waitGone(Browser.region("Call with Test User 4"));
    }

    @Test
    void reloadDuringTheCallThenTheCallWindowComesBackAndTheMeetingIsNotLoadedAgain() {
        reloadKeepsTheMeetingsWindow(true);
    }

    @Test
    void meetingOnAnotherSiteThenReloadOpensNoSecondMeetingAndThrowsNothing() {
        app.jitsi.meetingHost("localhost"); // another site for the browser, as a real deployment's meeting page is
        // Chromium forgets the name of a window without opener once it went to another site: the reloaded page
        // cannot find it, and must neither open the meeting a second time nor fail
        reloadKeepsTheMeetingsWindow(false);
    }

    /**
     * After a reload the meeting's window is left alone (a marker set in it survives), nothing throws, no second
     * meeting window opens; where the page finds the window again by its name (findable), it keeps the handle:
     * closing the window still leaves the call.
     */
    private static void reloadKeepsTheMeetingsWindow(boolean findable) {
        app.jitsi.display("window");
        videoCallFromAToB();
        String home = b.driver.getWindowHandle();
        b.button("Accept").click();
        b.waitVisible(Browser.region("Call with Test User 4"));
        String meeting = b.wait(Browser.WAIT).until(d -> otherWindow(b, home));
        String id = b.windowCallId();
        String room = app.api("calluser8", "GET", "/" + id + "/join", null).get("room").asText();
        URI page = URI.create(app.jitsi.roomUrl(room));
        String origin = page.getScheme() + "://" + page.getHost() + ":" + page.getPort() + "/";
        b.driver.switchTo().window(meeting);
        b.wait(Browser.WAIT).until(d -> d.getCurrentUrl().startsWith(origin)
                && "complete".equals(b.script("return document.readyState;")));
        b.script("window.meetingMarker = 'loaded once';");
        b.driver.switchTo().window(home);

        b.reload();

        b.waitVisible(Browser.region("Call with Test User 4"));
        b.wait(Browser.WAIT).until(d -> d.findElement(By.cssSelector("[data-calls-window]")).getText()
                .contains(findable ? "The call is open in a window of its own." : "The call is open in another window."));
        assertThat(b.script("return window.__pageErrors;")).as("script errors after the reload").asList().isEmpty();
        assertThat(b.driver.getWindowHandles()).hasSize(2);
        b.driver.switchTo().window(meeting);
        assertThat(b.driver.getCurrentUrl()).startsWith(origin);
        assertThat(b.script("return window.meetingMarker;")).as("the meeting was not loaded again").isEqualTo("loaded once");

        if (findable) {
            // the reloaded page holds the window: closing it is leaving the call
            b.driver.close();
            b.driver.switchTo().window(home);
        } else {
            b.driver.switchTo().window(home);
            assertThat(b.driver.findElement(By.cssSelector("[data-calls-window]")).getText())
                    .contains("The call is open in another window.");
            b.button("Hang up").click();
        }
        b.waitGone(Browser.region("Call with Test User 4"));
        a.waitGone(Browser.region("Call with Call User 8"));
    }

    private static String otherWindow(Browser browser, String home) {
        List<String> handles = new ArrayList<>(browser.driver.getWindowHandles());
        handles.remove(home);
        return handles.isEmpty() ? null : handles.get(0);
    }
}
