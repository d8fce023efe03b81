package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core finds no serious or critical violation on the people page, the ringing card, the call window, the
 * history and the meetings page, on a desktop and on a phone; screenshots of each state go to target/screenshots.
 */
class AccessibilityBrowserTest extends TwoBrowserTest {
    @Test
    void peopleRingingCallWindowHistoryAndMeetingsThenNoSeriousOrCriticalViolations() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        a.wait(Browser.WAIT).until(d -> a.button("Video call Call User 8").isEnabled());
        Axe.check(a, "people");

        a.button("Video call Call User 8").click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        Axe.check(b, "ringing");
        Axe.check(a, "calling");

        b.button("Accept").click();
        b.waitVisible(Browser.region("Call with Test User 4"));
        a.waitVisible(Browser.region("Call with Call User 8"));
        Axe.check(b, "call-window");
        b.button("Minimise").click();
        Axe.check(b, "call-window-minimised");
        b.button("Restore").click();

        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
        b.waitVisible(Browser.alert("Call with Test User 4 ended"));
        Axe.check(b, "call-summary");

        a.open("/history");
        a.waitVisible(By.cssSelector("table.history tbody tr"));
        Axe.check(a, "history");

        a.open("/meetings");
        a.waitVisible(By.cssSelector("form"));
        Axe.check(a, "meetings");

        // the check itself sees violations: a button without a name is one
        a.script("document.querySelector('main').append(document.createElement('button'));");
        assertThat(Axe.violations(a)).anyMatch(v -> v.startsWith("button-name (critical)"));
    }
}
