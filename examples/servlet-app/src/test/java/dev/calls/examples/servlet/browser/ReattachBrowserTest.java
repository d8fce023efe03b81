package dev.calls.examples.servlet.browser;

import static dev.calls.examples.servlet.browser.CallFlowBrowserTest.participant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A page reloaded during a call, or while it rings, picks the call up again. */
class ReattachBrowserTest extends TwoBrowserTest {
    @Test
    void reloadDuringCallThenWindowBackInTheSameRoomWithFreshTokenAndState() {
        videoCallFromAToB();
        b.button("Accept").click();
        b.waitVisible(Browser.region("Call with Test User 4"));
        a.waitVisible(Browser.region("Call with Call User 8"));
        String id = a.windowCallId();
        a.button("Mute").click();
        b.waitVisible(Browser.labelled("Test User 4 is muted"));

        b.reload();

        b.waitVisible(Browser.region("Call with Test User 4"));
        assertThat(b.windowCallId()).isEqualTo(id);
        // the window re-renders its badges on each call event (the room report after the reload): look again each time
        b.wait(Browser.WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(Browser.labelled("Test User 4 is muted")).getAccessibleName()
                        .equals("Test User 4 is muted"));
        JsonNode call = app.call("calluser8", id);
        assertThat(call.get("state").asText()).isEqualTo("active");
        JsonNode jitsi = b.standIn();
        assertThat(jitsi).hasSize(1);
        assertThat(jitsi.get(0).at("/options/roomName").asText()).isEqualTo(call.get("room").asText());
        assertThat(jitsi.get(0).at("/options/jwt").asText()).isEqualTo(StandInJitsi.token("calluser8", call.get("room").asText()));
        b.wait(Browser.WAIT).until(d -> participant(app.call("calluser8", id), "calluser8").get("inRoom").asBoolean());
        assertThat(a.findElementsNamed("Call with Call User 8")).hasSize(1);

        a.reload();

        a.waitVisible(Browser.region("Call with Call User 8"));
        assertThat(a.windowCallId()).isEqualTo(id);
        b.button("Hang up").click();
        a.waitGone(Browser.region("Call with Call User 8"));
        b.waitGone(Browser.region("Call with Test User 4"));
        assertThat(app.call("testuser4", id).get("state").asText()).isEqualTo("completed");
    }

    @Test
    void reloadWhileRingingThenDialogsBackAndTheAnswerStillConnects() {
        b.signIn("calluser2");
        a.signIn("calluser1");
        WebElement audio = a.button("Call Call User 2");
        a.wait(Browser.WAIT).until(d -> audio.isEnabled());
        audio.click();
        b.waitVisible(Browser.dialog("Incoming call from Call User 1"));
        a.waitVisible(Browser.dialog("Calling Call User 2…"));

        b.reload();
        a.reload();

        b.waitVisible(Browser.dialog("Incoming call from Call User 1"));
        assertThat(b.ringing()).isTrue();
        a.waitVisible(Browser.dialog("Calling Call User 2…"));
        b.button("Accept").click();
        a.waitVisible(Browser.region("Call with Call User 2"));
        b.waitVisible(Browser.region("Call with Call User 1"));
        assertThat(a.standIn().get(0).at("/options/jwt").asText()).startsWith("stand-in-token.calluser1.");
        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Call User 1"));
    }
}
