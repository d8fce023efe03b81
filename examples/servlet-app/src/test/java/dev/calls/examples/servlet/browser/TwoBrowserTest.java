package dev.calls.examples.servlet.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebElement;

/** One example app and two browsers: A (testuser4) and B (calluser8), for the whole test class. */
abstract class TwoBrowserTest {
    static BrowserApp app;
    static Browser a;
    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        a = Browser.start("A", app.base);
        b = Browser.start("B", app.base);
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = a; Browser z = b) {
            // closed in reverse order
        }
    }

    /** Both sign in, A video-calls B, and B's incoming dialog is showing. */
    static void videoCallFromAToB() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        WebElement video = a.button("Video call Call User 8");
        a.wait(Browser.WAIT).until(d -> video.isEnabled());
        video.click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
    }
}
