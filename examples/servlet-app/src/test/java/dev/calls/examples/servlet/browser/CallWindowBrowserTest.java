package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The call window: full screen on a phone, expandable and movable by keyboard on a desktop, named icon buttons. */
class CallWindowBrowserTest extends TwoBrowserTest {
    @Test
    void onAPhoneTheWindowFillsTheScreenAndMinimiseStaysReachable() {
        b.viewport(390, 844);
        try {
            videoCallFromAToB();
            b.screenshot("ringing-390x844");
            b.button("Accept").click();
            WebElement window = b.waitVisible(Browser.region("Call with Test User 4"));
            a.waitVisible(Browser.region("Call with Call User 8"));

            assertThat(rect(b, window)).containsEntry("left", 0L).containsEntry("top", 0L)
                    .containsEntry("width", 390L).containsEntry("height", 844L);
            WebElement minimise = b.button("Minimise");
            assertThat(inViewport(b, minimise)).as("Minimise is not clipped").isTrue();
            b.screenshot("call-window-390x844");

            minimise.click();

            WebElement restore = b.button("Restore");
            Map<String, Long> small = rect(b, window);
            assertThat(small.get("width")).isEqualTo(390L);
            assertThat(small.get("top") + small.get("height")).isEqualTo(844L);
            assertThat(small.get("height")).isLessThan(200L);
            assertThat(inViewport(b, restore)).isTrue();
            b.screenshot("call-window-minimised-390x844");
            restore.click();
            assertThat(rect(b, window).get("height")).isEqualTo(844L);
        } finally {
            b.desktop();
        }
        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
    }

    @Test
    void onADesktopTheWindowExpandsMovesAndResizesByKeyboardAndItsIconButtonsSayWhatTheyDo() {
        videoCallFromAToB();
        b.button("Accept").click();
        WebElement window = a.waitVisible(Browser.region("Call with Call User 8"));
        b.waitVisible(Browser.region("Call with Test User 4"));
        WebElement bar = window.findElement(By.cssSelector("[role=toolbar]"));
        assertThat(bar.getAccessibleName()).isEqualTo("Call controls");
        List<WebElement> buttons = bar.findElements(By.tagName("button"));
        assertThat(buttons).extracting(WebElement::getAccessibleName)
                .containsExactly("Mute", "Stop camera", "Share screen", "Choose microphone and camera", "Hang up");
        for (WebElement button : buttons) {
            assertThat(button.getAttribute("title")).isEqualTo(button.getAccessibleName());
            assertThat(button.findElements(By.tagName("svg"))).hasSize(1);
            assertThat(button.getText()).isEmpty();
        }
        assertThat(a.button("Mute").getAttribute("aria-pressed")).isEqualTo("false");
        Map<String, Long> start = rect(a, window);

        a.button("Expand").click();

        Map<String, Long> big = rect(a, window);
        assertThat(big).containsEntry("left", 0L).containsEntry("top", 0L);
        assertThat(big.get("width")).isEqualTo(viewport(a).get("width"));
        assertThat(big.get("height")).isEqualTo(viewport(a).get("height"));
        a.screenshot("call-window-expanded");
        new Actions(a.driver).sendKeys(Keys.ESCAPE).perform();
        a.button("Expand");
        assertThat(rect(a, window)).isEqualTo(start);

        a.button("Share screen").click();
        assertThat(a.button("Stop sharing").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(a.standIn().get(0).get("commands").toString()).contains("[\"toggleShareScreen\"]");

        a.button("Choose microphone and camera").click();
        WebElement cameras = a.waitVisible(By.cssSelector("[data-calls-device=videoInput]"));
        assertThat(a.button("Choose microphone and camera").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(new Select(cameras).getOptions()).extracting(WebElement::getText).containsExactly("Built-in camera", "USB camera");
        assertThat(cameras.getAccessibleName()).isEqualTo("Camera");
        new Select(cameras).selectByVisibleText("USB camera");
        a.wait(Browser.WAIT).until(d -> a.standIn().get(0).get("commands").toString()
                .contains("[\"setVideoInputDevice\",\"USB camera\",\"cam-2\"]"));
        a.screenshot("call-window-devices");
        new Actions(a.driver).sendKeys(Keys.ESCAPE).perform();
        a.waitGone(By.cssSelector("[data-calls-device=videoInput]"));

        new Actions(a.driver).keyDown(Keys.ALT).sendKeys(Keys.ARROW_LEFT).keyUp(Keys.ALT).perform();
        Map<String, Long> moved = rect(a, window);
        assertThat(moved.get("left")).isEqualTo(start.get("left") - 40);
        new Actions(a.driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_UP).keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        assertThat(rect(a, window).get("height")).isEqualTo(start.get("height") - 30);

        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> rect(Browser browser, WebElement e) {
        return (Map<String, Long>) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return {left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height)};", e);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> viewport(Browser browser) {
        return (Map<String, Long>) browser.script("return {width: document.documentElement.clientWidth, height: innerHeight};");
    }

    private static boolean inViewport(Browser browser, WebElement e) {
        return Boolean.TRUE.equals(browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;", e));
    }
}
