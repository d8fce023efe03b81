package dev.calls.examples.servlet.browser;

import static dev.calls.examples.servlet.browser.CallFlowBrowserTest.historyRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The deployment's external_api.js cannot be loaded: the user is told it was their side, without host names, and may retry;
 * the other side is told it was the other person's connection, until they dismiss it. */
class MediaFailureBrowserTest extends TwoBrowserTest {
    @Test
    void meetingScriptMissingThenUserSeesWhyAndCallEndsWithReasonFailedForBoth() {
        app.jitsi.breakScriptFor("testuser4");
        videoCallFromAToB();

        b.button("Accept").click();

        WebElement why = a.waitVisible(Browser.alert("Your connection to the call failed"));
        assertThat(why.getText()).contains("Your connection to the call failed: this device could not load the video service.")
                .doesNotContain(app.jitsi.domain()).doesNotContain("127.0.0.1");
        WebElement told = b.waitVisible(Browser.alert("Test User 4's connection to the call failed, so the call ended."));
        assertThat(told.getAttribute("data-calls-notice")).as("kept until dismissed").isEqualTo("kept");
        b.waitGone(Browser.region("Call with Test User 4"));
        String id = a.windowCallId();
        JsonNode call = app.call("testuser4", id);
        assertThat(call.get("state").asText()).as("the one who failed left; the call completed").isEqualTo("completed");
        assertThat(call.get("endReason").asText()).isEqualTo("failed");
        assertThat(a.standIn()).isEmpty();
        assertThat(a.button("Hang up").isEnabled()).isFalse();
        a.screenshot("media-failure");
        b.screenshot("media-failure-other-side");
        assertThat(a.script("return document.activeElement.textContent;")).isEqualTo("Retry");

        app.jitsi.repairScripts();
        a.button("Retry").click();

        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        assertThat(b.driver.findElements(Browser.alert("connection to the call failed"))).as("still there").hasSize(1);
        b.button("Accept").click();
        a.waitVisible(Browser.region("Call with Call User 8"));
        b.waitVisible(Browser.region("Call with Test User 4"));
        String again = a.windowCallId();
        assertThat(again).isNotEqualTo(id);
        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
        b.driver.findElement(Browser.alert("connection to the call failed")).findElement(org.openqa.selenium.By.tagName("button")).click();
        b.waitGone(Browser.alert("connection to the call failed"));
        // both had joined: the history counts it answered, with the reason in the call
        assertThat(historyRow(a, "answered", "calluser8").getText()).contains("outgoing");
    }
}
