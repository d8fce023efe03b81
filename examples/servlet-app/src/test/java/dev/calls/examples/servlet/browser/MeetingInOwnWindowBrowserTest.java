package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A deployment that must not be embedded (meet.jit.si ends embedded meetings after five minutes): the call opens
 * the meeting page in a window of its own, with the user's token and name; the page keeps the call window with
 * the call's state and Hang up; closing the meeting's window leaves the call, and hanging up closes it.
 */
class MeetingInOwnWindowBrowserTest extends TwoBrowserTest {
    @AfterEach
    void embedAgain() {
        app.jitsi.display(null);
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

    private static String otherWindow(Browser browser, String home) {
        List<String> handles = new ArrayList<>(browser.driver.getWindowHandles());
        handles.remove(home);
        return handles.isEmpty() ? null : handles.get(0);
    }
}
