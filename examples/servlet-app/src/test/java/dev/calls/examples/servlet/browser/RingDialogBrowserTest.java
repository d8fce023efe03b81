package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The ringing card as a keyboard and screen-reader user meets it: focus, keys, names, announcements, two calls. */
class RingDialogBrowserTest extends TwoBrowserTest {
    private static final String FOCUSED_WHERE =
            "const a = document.activeElement; return a.getAttribute('data-calls-incoming') ? 'dialog'"
                    + " : a.closest('[data-calls-window]') ? 'window' : a.getAttribute('href') || a.tagName;";

    @Test
    void ringTakesFocusEnterAcceptsAndFocusAndAnnouncementsFollowTheCallBackToWhereTheUserWas() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        b.script("document.querySelector('nav a[href=\"/history\"]').focus();");
        WebElement video = a.button("Video call Call User 8");
        a.wait(Browser.WAIT).until(d -> video.isEnabled());
        video.click();

        WebElement card = b.waitVisible(Browser.dialog("Incoming call from Test User 4"));

        assertThat(card.getAccessibleName()).isEqualTo("Incoming video call from Test User 4");
        assertThat(card.findElement(By.cssSelector(".calls-avatar")).getText()).isEqualTo("T4");
        assertThat(b.script(FOCUSED_WHERE)).isEqualTo("dialog");
        b.wait(Browser.WAIT).until(d -> live(b).equals("Incoming video call from Test User 4"));
        assertThat(card.findElements(By.tagName("button"))).extracting(WebElement::getAccessibleName)
                .containsExactly("Decline", "Answer with audio only", "Accept");
        assertThat(contrast(b.button("Accept"))).as("Accept: white on green").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(b.button("Decline"))).isGreaterThanOrEqualTo(4.5);
        assertThat(b.script("return [...document.querySelectorAll('a, button, select, [tabindex]')]"
                + ".findIndex((e) => e.closest('[data-calls-incoming]')) < document.querySelectorAll('nav a').length"))
                .as("the card comes before the page in tab order").isEqualTo(true);
        CallWaitingBrowserTest.screenshots(b, "ringing");

        new Actions(b.driver).sendKeys(Keys.ENTER).perform();

        b.waitVisible(Browser.region("Call with Test User 4"));
        a.waitVisible(Browser.region("Call with Call User 8"));
        assertThat(b.script(FOCUSED_WHERE)).isEqualTo("window");
        b.wait(Browser.WAIT).until(d -> live(b).equals("Connected: Call with Test User 4."));
        a.wait(Browser.WAIT).until(d -> live(a).equals("Connected: Call with Call User 8."));
        assertThat(a.script(FOCUSED_WHERE)).as("the caller's focus follows the answered call").isEqualTo("window");

        a.button("Hang up").click();

        b.waitGone(Browser.region("Call with Test User 4"));
        assertThat(b.script(FOCUSED_WHERE)).isEqualTo("/history");
        assertThat(a.script("return document.activeElement.getAttribute('aria-label');")).isEqualTo("Video call Call User 8");
        b.wait(Browser.WAIT).until(d -> live(b).equals("Call ended."));
        assertThat(b.waitVisible(Browser.alert("Call with Test User 4 ended — 0:0")).getText()).matches("(?s)Call with Test User 4 ended — 0:0\\d.*");
        assertThat(a.waitVisible(Browser.alert("Call with Call User 8 — 0:0")).getText()).matches("(?s)Call with Call User 8 — 0:0\\d.*");
    }

    @Test
    void escapeDeclinesAndFocusGoesBackAndTheCallerIsTold() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        b.script("document.querySelector('nav a[href=\"/meetings\"]').focus();");
        WebElement video = a.button("Video call Call User 8");
        a.wait(Browser.WAIT).until(d -> video.isEnabled());
        video.click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        assertThat(b.script(FOCUSED_WHERE)).isEqualTo("dialog");

        new Actions(b.driver).sendKeys(Keys.ESCAPE).perform();

        a.waitVisible(Browser.alert("Call User 8 declined the call."));
        b.waitGone(Browser.dialog("Incoming call from Test User 4"));
        assertThat(b.ringing()).isFalse();
        assertThat(b.script(FOCUSED_WHERE)).isEqualTo("/meetings");
        assertThat(b.driver.findElements(Browser.region("Call with Test User 4"))).isEmpty();
    }

    @Test
    void audioOnlyAnswerThenTheCameraStaysOffForTheCallee() {
        videoCallFromAToB();

        b.button("Answer with audio only").click();

        b.waitVisible(Browser.region("Call with Test User 4"));
        JsonNode jitsi = b.standIn().get(0);
        assertThat(jitsi.at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isTrue();
        assertThat(b.button("Start camera").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(a.standIn().get(0).at("/options/configOverwrite/startWithVideoMuted").asBoolean()).isFalse();
        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
    }

    @Test
    void twoCallsRingInTwoCardsSideBySideAndAnsweringOneClosesTheOtherAsBusy() {
        app.api("calluser6", "POST", "/presence/heartbeat", null);
        videoCallFromAToB();
        String second = app.api("calluser6", "POST", "", "{\"recipientIds\":[\"calluser8\"],\"type\":\"audio\"}").get("id").asText();
        WebElement other = b.waitVisible(Browser.dialog("Incoming call from Call User 6"));
        WebElement first = b.waitVisible(Browser.dialog("Incoming call from Test User 4"));

        Map<?, ?> r1 = rect(first);
        Map<?, ?> r2 = rect(other);
        boolean apart = num(r1, "bottom") <= num(r2, "top") || num(r2, "bottom") <= num(r1, "top")
                || num(r1, "right") <= num(r2, "left") || num(r2, "right") <= num(r1, "left");
        assertThat(apart).as("cards do not overlap: %s %s", r1, r2).isTrue();
        CallWaitingBrowserTest.screenshots(b, "two-calls-ringing");

        first.findElement(By.xpath(".//button[normalize-space(.)='Accept']")).click();

        b.waitVisible(Browser.region("Call with Test User 4"));
        b.waitGone(Browser.dialog("Incoming call from Call User 6"));
        b.waitVisible(Browser.alert("Missed call from Call User 6: you answered another call."));
        JsonNode settled = app.call("calluser6", second);
        assertThat(settled.get("state").asText()).isEqualTo("missed");
        assertThat(settled.get("endReason").asText()).isEqualTo("busy");
        assertThat(b.ringing()).isFalse();
        b.button("Hang up").click();
        a.waitGone(Browser.region("Call with Call User 8"));
    }

    private static String live(Browser browser) {
        return String.valueOf(browser.script("const l = document.querySelector('[data-calls-live]'); return l ? l.textContent : '';"));
    }

    private static Map<?, ?> rect(WebElement e) {
        return (Map<?, ?>) b.script("const r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};", e);
    }

    private static double num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /** WCAG contrast of a button's text against its background, as the browser computes both. */
    private static double contrast(WebElement button) {
        return ((Number) b.script("""
                const s = getComputedStyle(arguments[0]);
                const rgb = (c) => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
                const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const [x, y] = [lum(s.color), lum(s.backgroundColor)].sort((p, q) => q - p);
                return (x + 0.05) / (y + 0.05);""", button)).doubleValue();
    }
}
