package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Call waiting ({@code calls.busy-policy=wait}): a call to a user who is talking rings their browser quietly, with
 * Decline and "End current and answer". Three browsers: the first caller, the user in the call, the second caller.
 */
class CallWaitingBrowserTest {
    static BrowserApp app;
    static Browser first;
    static Browser callee;
    static Browser second;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp(Map.of("calls.busy-policy", "wait"));
        first = Browser.start("first caller", app.base);
        callee = Browser.start("callee", app.base);
        second = Browser.start("second caller", app.base);
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = first; Browser z = callee; Browser w = second) {
            // closed in reverse order
        }
    }

    /** The callee answers a video call from the first caller; returns that call's id once both windows show. */
    private static String inCall(String caller, String user, String callerName, String userName) {
        callee.signIn(user);
        first.signIn(caller);
        click(first, "Video call " + userName);
        callee.waitVisible(Browser.dialog("Incoming call from " + callerName));
        callee.button("Accept").click();
        callee.waitVisible(Browser.region("Call with " + callerName));
        first.waitVisible(Browser.region("Call with " + userName));
        return callee.windowCallId();
    }

    /** The second caller rings the callee, who is in a call; returns the new call's id. */
    private static String ringWhileInCall(String caller, String userName) {
        second.signIn(caller);
        click(second, "Video call " + userName);
        return second.waitVisible(By.cssSelector("[data-calls-outgoing]")).getAttribute("data-calls-outgoing");
    }

    private static void click(Browser browser, String button) {
        WebElement b = browser.button(button);
        browser.wait(Browser.WAIT).until(d -> b.isEnabled());
        b.click();
    }

    @Test
    void callWaitingThenQuietDialogAndEndCurrentAndAnswerMovesTheCalleeToTheNewCall() {
        String current = inCall("calluser1", "calluser2", "Call User 1", "Call User 2");
        String waiting = ringWhileInCall("calluser3", "Call User 2");

        WebElement dialog = callee.waitVisible(Browser.dialog("Call waiting — Call User 3"));

        assertThat(dialog.getAccessibleName()).isEqualTo("Call waiting: video call from Call User 3");
        assertThat(dialog.getAttribute("data-calls-waiting")).isEqualTo(waiting);
        assertThat(dialog.getText()).contains("Video call · you are in a call");
        assertThat(dialog.findElements(By.tagName("button"))).extracting(WebElement::getAccessibleName)
                .containsExactly("Decline", "End current and answer");
        assertThat(callee.ringing()).as("no ringtone over the current call").isFalse();
        assertThat(callee.script("return document.activeElement.getAttribute('data-calls-waiting');")).isEqualTo(waiting);
        assertThat(callee.findElementsNamed("Call with Call User 1")).hasSize(1);
        second.wait(Browser.WAIT).until(d -> second.waitVisible(Browser.dialog("Calling Call User 2…")).getText()
                .contains("ringing…"));
        screenshots(callee, "call-waiting-dialog");

        callee.button("End current and answer").click();

        callee.waitVisible(Browser.region("Call with Call User 3"));
        second.waitVisible(Browser.region("Call with Call User 2"));
        callee.waitGone(Browser.region("Call with Call User 1"));
        first.waitGone(Browser.region("Call with Call User 2"));
        first.waitVisible(Browser.alert("Call with Call User 2 ended — "));
        callee.waitGone(Browser.dialog("Call waiting — Call User 3"));
        assertThat(callee.windowCallId()).isEqualTo(waiting);
        assertThat(callee.findElementsNamed("Call with Call User 1")).isEmpty();
        assertThat(callee.driver.findElements(Browser.alert("ended"))).as("ending it was the callee's choice").isEmpty();
        assertThat(app.call("calluser1", current).get("state").asText()).isEqualTo("completed");
        assertThat(app.call("calluser3", waiting).get("state").asText()).isEqualTo("active");
        assertThat(callee.script("return window.__pageErrors;")).isEqualTo(List.of());

        callee.button("Hang up").click();
        second.waitGone(Browser.region("Call with Call User 2"));
    }

    @Test
    void callWaitingDeclinedThenTheSecondCallerToldAndTheCalleeStaysInTheCall() {
        String current = inCall("testuser3", "testuser5", "Test User 3", "Test User 5");
        String waiting = ringWhileInCall("testuser6", "Test User 5");
        callee.waitVisible(Browser.dialog("Call waiting — Test User 6"));
        assertThat(callee.ringing()).isFalse();

        callee.button("Decline").click();

        second.waitVisible(Browser.alert("Test User 5 declined the call."));
        second.waitGone(Browser.dialog("Calling Test User 5…"));
        callee.waitGone(Browser.dialog("Call waiting — Test User 6"));
        assertThat(callee.windowCallId()).isEqualTo(current);
        assertThat(first.windowCallId()).isEqualTo(current);
        assertThat(app.call("testuser6", waiting).get("state").asText()).isEqualTo("declined");
        assertThat(app.call("testuser3", current).get("state").asText()).isEqualTo("active");
        assertThat(callee.ringing()).isFalse();

        first.button("Hang up").click();
        callee.waitGone(Browser.region("Call with Test User 3"));
    }

    @Test
    void currentCallEndsWhileACallWaitsThenItRingsAsUsualAndIsAnswered() {
        inCall("testuser4", "calluser7", "Test User 4", "Call User 7");
        String waiting = ringWhileInCall("calluser8", "Call User 7");
        callee.waitVisible(Browser.dialog("Call waiting — Call User 8"));

        first.button("Hang up").click();

        callee.waitGone(Browser.region("Call with Test User 4"));
        callee.waitVisible(Browser.dialog("Incoming call from Call User 8"));
        assertThat(callee.driver.findElements(Browser.dialog("Call waiting — Call User 8"))).isEmpty();
        assertThat(callee.ringing()).isTrue();
        callee.button("Accept").click();
        callee.waitVisible(Browser.region("Call with Call User 8"));
        second.waitVisible(Browser.region("Call with Call User 7"));
        assertThat(callee.ringing()).isFalse();
        assertThat(app.call("calluser8", waiting).get("state").asText()).isEqualTo("active");

        second.button("Hang up").click();
        callee.waitGone(Browser.region("Call with Call User 8"));
    }

    @Test
    void acceptRefusedAsAlreadyInCallOnAnotherDeviceThenTheChoiceIsOfferedAndEndCurrentAndAnswerWorks() {
        callee.signIn("calluser5");
        app.api("calluser4", "POST", "/presence/heartbeat", null);
        app.api("calluser6", "POST", "/presence/heartbeat", null);
        String current = app.api("calluser4", "POST", "", "{\"recipientIds\":[\"calluser5\"],\"type\":\"audio\"}")
                .get("id").asText();
        callee.waitVisible(Browser.dialog("Incoming call from Call User 4"));
        app.api("calluser5", "POST", "/" + current + "/accept", null); // answered on another device
        callee.waitVisible(Browser.alert("Answered on another device."));
        String waiting = app.api("calluser6", "POST", "", "{\"recipientIds\":[\"calluser5\"],\"type\":\"video\"}")
                .get("id").asText();
        callee.waitVisible(Browser.dialog("Incoming call from Call User 6"));

        callee.button("Accept").click();

        WebElement dialog = callee.waitVisible(Browser.dialog("Call waiting — Call User 6"));
        assertThat(dialog.getAttribute("data-calls-waiting")).isEqualTo(waiting);
        assertThat(callee.ringing()).isFalse();
        assertThat(app.call("calluser4", current).get("state").asText()).isEqualTo("active");

        callee.button("End current and answer").click();

        callee.waitVisible(Browser.region("Call with Call User 6"));
        assertThat(app.call("calluser4", current).get("state").asText()).isEqualTo("completed");
        assertThat(app.call("calluser6", waiting).get("state").asText()).isEqualTo("active");

        callee.button("Hang up").click();
        callee.waitGone(Browser.region("Call with Call User 6"));
    }

    /** The page as a laptop (1366×768) and as a phone (390×844) show it. */
    static void screenshots(Browser browser, String name) {
        try {
            browser.viewport(1366, 768);
            browser.screenshot(name + "-1366x768");
            browser.viewport(390, 844);
            browser.screenshot(name + "-390x844");
        } finally {
            browser.desktop();
        }
    }
}
