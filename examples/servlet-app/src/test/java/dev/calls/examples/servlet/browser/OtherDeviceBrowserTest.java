package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** One user signed in on two devices (browsers A and B): both ring, and what one does the other is told. */
class OtherDeviceBrowserTest extends TwoBrowserTest {
    /** A and B sign in as {@code user}; {@code caller} rings them through the API; returns the call's id. */
    private static String ringBothDevices(String user, String caller, String callerName) {
        a.signIn(user);
        b.signIn(user);
        app.api(caller, "POST", "/presence/heartbeat", null);
        String id = app.api(caller, "POST", "", "{\"recipientIds\":[\"" + user + "\"],\"type\":\"video\"}").get("id").asText();
        a.waitVisible(Browser.dialog("Incoming call from " + callerName));
        b.waitVisible(Browser.dialog("Incoming call from " + callerName));
        assertThat(a.ringing()).isTrue();
        assertThat(b.ringing()).isTrue();
        return id;
    }

    @Test
    void acceptOnOneDeviceThenTheOtherStopsRingingAndSaysAnsweredOnAnotherDevice() {
        String id = ringBothDevices("calluser5", "calluser6", "Call User 6");

        a.button("Accept").click();

        a.waitVisible(Browser.region("Call with Call User 6"));
        b.waitGone(Browser.dialog("Incoming call from Call User 6"));
        b.waitVisible(Browser.alert("Answered on another device."));
        assertThat(b.ringing()).isFalse();
        assertThat(b.findElementsNamed("Call with Call User 6")).as("the call stays on the device that answered").isEmpty();
        assertThat(a.ringing()).isFalse();
        assertThat(a.driver.findElements(Browser.alert("another device"))).isEmpty();
        assertThat(app.call("calluser6", id).get("state").asText()).isEqualTo("active");
        CallWaitingBrowserTest.screenshots(b, "answered-on-another-device");

        a.button("Hang up").click();
        a.waitGone(Browser.region("Call with Call User 6"));
    }

    @Test
    void declineWithEscapeOnOneDeviceThenTheOtherStopsRingingAndSaysDeclinedOnAnotherDevice() {
        String id = ringBothDevices("calluser7", "calluser9", "Call User 9");
        assertThat(a.script("return document.activeElement.getAttribute('data-calls-incoming');")).isEqualTo(id);

        new Actions(a.driver).sendKeys(Keys.ESCAPE).perform();

        a.waitGone(Browser.dialog("Incoming call from Call User 9"));
        b.waitGone(Browser.dialog("Incoming call from Call User 9"));
        b.waitVisible(Browser.alert("Declined on another device."));
        assertThat(a.ringing()).isFalse();
        assertThat(b.ringing()).isFalse();
        assertThat(a.driver.findElements(Browser.alert("another device"))).isEmpty();
        assertThat(app.call("calluser9", id).get("state").asText()).isEqualTo("declined");
    }
}
