package dev.calls.examples.servlet.browser;

import static dev.calls.examples.servlet.browser.CallFlowBrowserTest.historyRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Calls that are never talked in: declined, cancelled, missed, busy; each one said plainly on both sides. */
class RingOutcomesBrowserTest extends TwoBrowserTest {
    /** B signs in, then A, and A rings B with the named button; returns the call's id once B's dialog shows. */
    private static String ring(String caller, String callee, String button, String callerName) {
        b.signIn(callee);
        return ringFrom(caller, button, callerName);
    }

    /** A signs in and rings B, who is signed in already. */
    private static String ringFrom(String caller, String button, String callerName) {
        a.signIn(caller);
        WebElement call = a.button(button);
        a.wait(Browser.WAIT).until(d -> call.isEnabled());
        call.click();
        b.waitVisible(Browser.dialog("Incoming call from " + callerName));
        return a.waitVisible(By.cssSelector("[data-calls-outgoing]")).getAttribute("data-calls-outgoing");
    }

    @Test
    void declineThenCallerToldAndRingingStops() {
        String id = ring("testuser5", "calluser2", "Call Call User 2", "Test User 5");
        a.wait(Browser.WAIT).until(d -> a.waitVisible(Browser.dialog("Calling Call User 2…")).getText().contains("ringing…"));
        assertThat(b.ringing()).isTrue();

        b.button("Decline").click();

        a.waitVisible(Browser.alert("Call User 2 declined the call."));
        a.waitGone(Browser.dialog("Calling Call User 2…"));
        b.waitGone(Browser.dialog("Incoming call from Test User 5"));
        assertThat(b.ringing()).isFalse();
        assertThat(app.call("testuser5", id).get("state").asText()).isEqualTo("declined");
        WebElement callerRow = historyRow(a, "declined", "calluser2");
        assertThat(callerRow.getText()).contains("outgoing");
        assertCells(callerRow, "declined", "—");
        WebElement calleeRow = historyRow(b, "declined", "testuser5");
        assertThat(calleeRow.getText()).contains("incoming");
        assertCells(calleeRow, "declined", "—");
        // the time in the reader's zone and locale, with the UTC instant kept in the markup
        WebElement when = calleeRow.findElement(By.cssSelector("time[data-calls-local]"));
        String at = when.getAttribute("datetime");
        assertThat(java.time.Instant.parse(at)).isEqualTo(java.time.Instant.parse(app.call("testuser5", id).get("createdAt").asText()));
        assertThat(when.getText()).isEqualTo(b.script("return new Intl.DateTimeFormat(undefined, "
                + "{dateStyle: 'medium', timeStyle: 'short'}).format(new Date(arguments[0]));", at)).doesNotContain("UTC");
    }

    /** The outcome and duration cells of a history row say it in words both sides share, with no "0:00". */
    private static void assertCells(WebElement row, String outcome, String duration) {
        assertThat(row.findElement(By.cssSelector("td[data-label=Outcome]")).getText()).isEqualTo(outcome);
        assertThat(row.findElement(By.cssSelector("td[data-label=Duration]")).getText()).isEqualTo(duration);
    }

    @Test
    void cancelThenCalleeDialogAndNotificationGoAndTheMissedCallShows() {
        b.signIn("calluser3");
        b.hideWithNotificationsAllowed();
        String id = ringFrom("testuser6", "Video call Call User 3", "Test User 6");
        assertThat(b.ringing()).isTrue();
        b.wait(Browser.WAIT).until(d -> b.notifications().size() == 1);
        assertThat(b.notifications().get(0)).containsEntry("title", "Incoming call from Test User 6")
                .containsEntry("body", "Video call").containsEntry("closed", false);

        a.button("Cancel").click();

        b.waitGone(Browser.dialog("Incoming call from Test User 6"));
        b.waitVisible(Browser.alert("Missed call from Test User 6."));
        assertThat(b.ringing()).isFalse();
        assertThat(b.notifications().get(0)).containsEntry("closed", true);
        a.waitGone(Browser.dialog("Calling Call User 3…"));
        assertThat(app.call("testuser6", id).get("state").asText()).isEqualTo("cancelled");
        assertThat(historyRow(b, "missed", "testuser6").getText()).contains("incoming");
    }

    @Test
    void nobodyAnswersThenCallerToldNoAnswerAndCalleeToldMissed() {
        String id = ring("calluser4", "calluser5", "Video call Call User 5", "Call User 4");
        assertThat(b.ringing()).isTrue();

        app.ringOut();

        a.waitVisible(Browser.alert("Call User 5 did not answer."));
        a.waitGone(Browser.dialog("Calling Call User 5…"));
        b.waitGone(Browser.dialog("Incoming call from Call User 4"));
        b.waitVisible(Browser.alert("Missed call from Call User 4."));
        assertThat(b.ringing()).isFalse();
        JsonNode call = app.call("calluser4", id);
        assertThat(call.get("state").asText()).isEqualTo("missed");
        assertThat(call.get("endReason").asText()).isEqualTo("no_answer");
        assertThat(historyRow(a, "no_answer", "calluser5").getText()).contains("outgoing");
        assertThat(historyRow(b, "missed", "calluser4").getText()).contains("incoming");
    }

    @Test
    void calleeInAnotherCallThenCallerToldBusyAndCalleeToldOfTheMissedCall() {
        b.signIn("calluser7");
        app.api("calluser9", "POST", "/presence/heartbeat", null);
        String other = app.api("calluser9", "POST", "", "{\"recipientIds\":[\"calluser7\"],\"type\":\"audio\"}").get("id").asText();
        b.waitVisible(Browser.dialog("Incoming call from Call User 9"));
        b.button("Accept").click();
        b.waitVisible(Browser.region("Call with Call User 9"));
        a.signIn("calluser6");
        WebElement call = a.button("Video call Call User 7");
        a.wait(Browser.WAIT).until(d -> call.isEnabled());

        call.click();

        a.waitVisible(Browser.alert("Call User 7 is busy in another call."));
        b.waitVisible(Browser.alert("Missed call from Call User 6 while you were in a call."));
        assertThat(b.findIncoming()).isEmpty();
        assertThat(b.ringing()).isFalse();
        assertThat(app.call("calluser9", other).get("state").asText()).isEqualTo("active");
        b.button("Hang up").click();
        b.waitGone(Browser.region("Call with Call User 9"));
        assertThat(historyRow(a, "busy", "calluser7").getText()).contains("outgoing");
    }
}
