package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Two users in two browsers: calls rung, answered, muted and hung up through the calls client. */
class CallFlowBrowserTest extends TwoBrowserTest {
    @Test
    void videoCallAnsweredMutedAndHungUpThenBothWindowsCloseAndBothHistoriesShowIt() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        WebElement video = a.button("Video call Call User 8");
        a.wait(Browser.WAIT).until(d -> video.isEnabled());

        video.click();
        WebElement incoming = b.waitVisible(Browser.dialog("Incoming call from Test User 4"), Duration.ofSeconds(1));

        assertThat(incoming.getAccessibleName()).isEqualTo("Incoming video call from Test User 4");
        assertThat(incoming.getText()).contains("Video call");
        assertThat(b.ringing()).isTrue();
        assertThat(a.waitVisible(Browser.dialog("Calling Call User 8…")).getText()).contains("Cancel");
        b.screenshot("incoming-dialog");
        a.screenshot("outgoing-dialog");

        b.button("Accept").click();
        WebElement bWindow = b.waitVisible(Browser.region("Call with Test User 4"));
        a.waitVisible(Browser.region("Call with Call User 8"));
        b.waitGone(Browser.dialog("Incoming call from Test User 4"));
        a.waitGone(Browser.dialog("Calling Call User 8…"));
        assertThat(b.ringing()).isFalse();
        String callId = a.windowCallId();
        assertThat(b.windowCallId()).isEqualTo(callId);
        JsonNode call = app.call("testuser4", callId);
        assertThat(call.get("state").asText()).isEqualTo("active");
        String room = call.get("room").asText();

        JsonNode callerJitsi = only(a);
        assertThat(callerJitsi.get("domain").asText()).isEqualTo(app.jitsi.domain());
        assertThat(callerJitsi.at("/options/roomName").asText()).isEqualTo(room);
        assertThat(callerJitsi.at("/options/jwt").asText()).isEqualTo(StandInJitsi.token("testuser4", room));
        assertThat(callerJitsi.at("/options/userInfo/displayName").asText()).isEqualTo("Test User 4");
        assertThat(callerJitsi.at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isFalse();
        assertThat(callerJitsi.at("/options/configOverwrite/prejoinConfig/enabled").asBoolean(true)).isFalse();
        assertThat(callerJitsi.get("hasParentNode").asBoolean()).isTrue();
        JsonNode calleeJitsi = only(b);
        assertThat(calleeJitsi.at("/options/roomName").asText()).isEqualTo(room);
        assertThat(calleeJitsi.at("/options/jwt").asText()).isEqualTo(StandInJitsi.token("calluser8", room));
        a.wait(Browser.WAIT).until(d -> inRoom(callId, "testuser4") && inRoom(callId, "calluser8"));

        a.button("Mute").click();
        WebElement muted = b.waitVisible(Browser.labelled("Test User 4 is muted"));

        assertThat(muted.getAccessibleName()).isEqualTo("Test User 4 is muted");
        assertThat(bWindow.getText()).contains("muted");
        assertThat(a.button("Unmute").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(a.button("Unmute").getAttribute("title")).isEqualTo("Unmute");
        assertThat(only(a).get("commands").toString()).contains("[\"toggleAudio\"]");
        assertThat(participant(app.call("calluser8", callId), "testuser4").get("audioMuted").asBoolean()).isTrue();
        assertThat(a.cspViolations()).isEmpty();
        assertThat(b.cspViolations()).isEmpty();
        b.screenshot("call-window");
        a.screenshot("call-window-caller");

        a.button("Hang up").click();
        a.waitGone(Browser.region("Call with Call User 8"));
        b.waitGone(Browser.region("Call with Test User 4"));

        JsonNode ended = app.call("testuser4", callId);
        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("endReason").asText()).isEqualTo("hung_up");
        assertThat(only(a).get("commands").toString()).contains("[\"hangup\"]");
        assertThat(only(a).get("disposed").asBoolean()).isTrue();
        assertThat(only(b).get("disposed").asBoolean()).isTrue();
        assertThat(historyRow(a, "answered", "calluser8").getText()).contains("outgoing").contains("video");
        assertThat(historyRow(b, "answered", "testuser4").getText()).contains("incoming").contains("video");
    }

    @Test
    void audioCallThenCameraOffFromTheStartAndTheWindowDragsWithinTheViewportAndMinimises() {
        b.signIn("calluser1");
        a.signIn("testuser3");
        WebElement audio = a.button("Call Call User 1");
        a.wait(Browser.WAIT).until(d -> audio.isEnabled());
        audio.click();
        WebElement incoming = b.waitVisible(Browser.dialog("Incoming call from Test User 3"));
        assertThat(incoming.getText()).contains("Audio call");
        b.button("Accept").click();
        WebElement window = a.waitVisible(Browser.region("Call with Call User 1"));
        b.waitVisible(Browser.region("Call with Test User 3"));

        assertThat(only(a).at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isTrue();
        assertThat(only(b).at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isTrue();
        assertThat(a.button("Start camera").getAttribute("aria-pressed")).isEqualTo("true");

        WebElement head = window.findElement(By.cssSelector(".calls-head"));
        drag(head, 4, 4);
        Map<?, ?> topLeft = rect(window);
        assertThat(((Number) topLeft.get("left")).doubleValue()).isZero();
        assertThat(((Number) topLeft.get("top")).doubleValue()).isZero();
        int width = ((Number) topLeft.get("viewportWidth")).intValue();
        int height = ((Number) topLeft.get("viewportHeight")).intValue();
        drag(head, width - 4, height - 4);
        Map<?, ?> bottomRight = rect(window);
        assertThat(((Number) bottomRight.get("right")).doubleValue())
                .isLessThanOrEqualTo(((Number) bottomRight.get("viewportWidth")).doubleValue());
        assertThat(((Number) bottomRight.get("bottom")).doubleValue())
                .isLessThanOrEqualTo(((Number) bottomRight.get("viewportHeight")).doubleValue());
        assertThat(((Number) bottomRight.get("left")).doubleValue()).isPositive();

        a.button("Minimise").click();
        a.button("Restore");
        assertThat(window.findElement(By.cssSelector(".calls-stage")).isDisplayed()).isFalse();
        a.button("Restore").click();
        a.button("Minimise");
        assertThat(window.findElement(By.cssSelector(".calls-stage")).isDisplayed()).isTrue();

        b.button("Hang up").click();
        a.waitGone(Browser.region("Call with Call User 1"));
        b.waitGone(Browser.region("Call with Test User 3"));
        assertThat(historyRow(b, "answered", "testuser3").getText()).contains("incoming").contains("audio");
    }

    /** Drags the element by its middle to the viewport point (x, y). */
    private static void drag(WebElement handle, int x, int y) {
        Map<?, ?> r = rect(handle);
        int fromX = (int) ((Number) r.get("left")).doubleValue() + 40;
        int fromY = (int) (((Number) r.get("top")).doubleValue() + ((Number) r.get("height")).doubleValue() / 2);
        new Actions(a.driver).moveToLocation(fromX, fromY).clickAndHold().moveToLocation(x, y).release().perform();
    }

    private static Map<?, ?> rect(WebElement e) {
        return (Map<?, ?>) a.script("const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top,"
                + " right: r.right, bottom: r.bottom, height: r.height, viewportWidth: innerWidth, viewportHeight: innerHeight};", e);
    }

    private static JsonNode only(Browser browser) {
        JsonNode instances = browser.standIn();
        assertThat(instances).as("meeting APIs built in the browser of " + browser.label).hasSize(1);
        return instances.get(0);
    }

    private static boolean inRoom(String callId, String userId) {
        return participant(app.call(userId, callId), userId).get("inRoom").asBoolean();
    }

    static JsonNode participant(JsonNode call, String userId) {
        for (JsonNode p : call.get("participants")) {
            if (p.get("userId").asText().equals(userId)) {
                return p;
            }
        }
        throw new AssertionError(userId + " is not in " + call);
    }

    static WebElement historyRow(Browser browser, String outcome, String with) {
        browser.open("/history");
        return browser.waitVisible(By.xpath("//tr[contains(concat(' ', @class, ' '), ' " + outcome + " ')]"
                + "[.//*[@data-calls-user='" + with + "']]"));
    }
}
