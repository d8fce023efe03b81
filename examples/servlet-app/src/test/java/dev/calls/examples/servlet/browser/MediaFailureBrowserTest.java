package dev.calls.examples.servlet.browser;

import static dev.calls.examples.servlet.browser.CallFlowBrowserTest.historyRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The deployment's external_api.js cannot be loaded: the user is told why and the call ends with reason failed. */
class MediaFailureBrowserTest extends TwoBrowserTest {
    @Test
    void meetingScriptMissingThenUserSeesWhyAndCallEndsWithReasonFailedForBoth() {
        app.jitsi.breakScriptFor("testuser4");
        videoCallFromAToB();

        b.button("Accept").click();

        WebElement why = a.waitVisible(Browser.alert("The call could not start"));
        assertThat(why.getText()).contains("The call could not start: the meeting service at " + app.jitsi.domain()
                + " could not be reached.");
        b.waitVisible(Browser.alert("The call with Test User 4 failed: the meeting could not be joined."));
        b.waitGone(Browser.region("Call with Test User 4"));
        String id = a.windowCallId();
        JsonNode call = app.call("testuser4", id);
        assertThat(call.get("state").asText()).as("the one who failed left; the call completed").isEqualTo("completed");
        assertThat(call.get("endReason").asText()).isEqualTo("failed");
        assertThat(a.standIn()).isEmpty();
        assertThat(a.button("Hang up").isEnabled()).isFalse();
        a.screenshot("media-failure");

        a.button("Close").click();

        a.waitGone(Browser.region("Call with Call User 8"));
        // both had joined: the history counts it answered, with the reason in the call
        assertThat(historyRow(a, "answered", "calluser8").getText()).contains("outgoing");
    }
}
