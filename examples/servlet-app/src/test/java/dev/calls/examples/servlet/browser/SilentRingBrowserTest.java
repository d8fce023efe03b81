package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A call that would ring silently: Chromium with {@code --autoplay-policy=document-user-activation-required} (the
 * policy browsers apply to Web Audio by default; {@code user-gesture-required} only holds back media elements, not an
 * AudioContext) keeps the ringtone back until the user interacts with the page. The card says so, the tab's title flashes, a system notification
 * shows when the user allowed them, and "Turn on sound" plays the ring.
 */
class SilentRingBrowserTest {
    static BrowserApp app;
    static Browser caller;
    static Browser callee;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        caller = Browser.start("caller", app.base);
        callee = Browser.start("callee", app.base, "document-user-activation-required");
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = caller; Browser z = callee) {
            // closed in reverse order
        }
    }

    @Test
    void ringWithoutAGestureThenPromptTitleFlashAndNotificationAndTurnOnSoundPlaysIt() {
        // signed in with HTTP Basic on every request: the page never had a click or key in it, as after a restart
        String basic = java.util.Base64.getEncoder().encodeToString(("calluser2:" + dev.calls.examples.servlet.DemoUsers.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        callee.driver.executeCdpCommand("Network.enable", Map.of());
        callee.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
        callee.open("/");
        callee.waitVisible(org.openqa.selenium.By.cssSelector("[data-calls-status-select]"));
        callee.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", app.base.toString().replaceAll("/$", ""),
                "permissions", List.of("notifications")));
        callee.script("const Real = window.Notification; window.__notifications = [];"
                + "window.Notification = class extends Real { constructor(title, options) { super(title, options);"
                + "  window.__notifications.push({ title: title, body: options && options.body }); } };");
        String title = (String) callee.script("return document.title;");
        caller.signIn("testuser3");
        WebElement video = caller.button("Video call Call User 2");
        caller.wait(Browser.WAIT).until(d -> video.isEnabled());

        video.click();

        WebElement card = callee.waitVisible(Browser.dialog("Incoming call from Test User 3"));
        callee.waitVisible(Browser.alert("This call rings silently: the browser blocked its sound."));
        assertThat(card.getText()).contains("Turn on sound");
        assertThat(callee.client("calls.ringtone.ctx && calls.ringtone.ctx.state")).isEqualTo("suspended");
        assertThat(callee.client("calls.ringtone.audible")).isEqualTo(false);
        callee.wait(Browser.WAIT).until(d -> "☎ Call from Test User 3".equals(callee.script("return document.title;")));
        callee.wait(Browser.WAIT).until(d -> title.equals(callee.script("return document.title;")));
        callee.wait(Browser.WAIT).until(d -> "☎ Call from Test User 3".equals(callee.script("return document.title;")));
        assertThat(callee.notifications()).hasSize(1);
        assertThat(callee.notifications().get(0)).containsEntry("title", "Incoming call from Test User 3")
                .containsEntry("body", "Video call");
        CallWaitingBrowserTest.screenshots(callee, "silent-ring");

        callee.button("Turn on sound").click();

        callee.waitGone(Browser.alert("This call rings silently"));
        callee.wait(Browser.WAIT).until(d -> Boolean.TRUE.equals(callee.client("calls.ringtone.audible")));
        callee.button("Decline").click();
        caller.waitVisible(Browser.alert("Call User 2 declined the call."));
        callee.wait(Browser.WAIT).until(d -> title.equals(callee.script("return document.title;")));
    }
}
