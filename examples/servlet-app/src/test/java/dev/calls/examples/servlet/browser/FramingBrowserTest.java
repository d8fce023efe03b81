package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The call page may be framed by the app's own pages and by no other site: a page on another origin (a
 * second server on another port, so the same site and the session cookie still goes along) gets an empty
 * frame, while the same frame inside the app's people page shows the call page.
 */
class FramingBrowserTest {
    static BrowserApp app;
    static Browser browser;
    static Server other;
    static URI otherBase;
    static String callPage;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        other = new Server();
        ServerConnector connector = new ServerConnector(other);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        other.addConnector(connector);
        other.setHandler(new BlankPage());
        other.start();
        otherBase = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        browser = Browser.start("framing", app.base);
        browser.signIn("calluser8");
        app.api("testuser4", "POST", "/presence/heartbeat", null);
        String id = app.api("testuser4", "POST", "", "{\"recipientIds\":[\"calluser8\"],\"type\":\"audio\"}")
                .get("id").asText();
        app.api("calluser8", "POST", "/" + id + "/accept", null); // the call page is for those in the call
        callPage = app.base.resolve("/api/calls/embed/" + id).toString();
    }

    @AfterAll
    static void stop() throws Exception {
        try (BrowserApp x = app; Browser y = browser) {
            other.stop();
        }
    }

    /** Another site's page: nothing but a body to put a frame in. */
    static final class BlankPage extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.write(true, StandardCharsets.UTF_8.encode("<!doctype html><title>Other site</title><body></body>"),
                    callback);
            return true;
        }
    }

    /** Frames the call page in the current page, waits for the frame to load and says whether it shows the call page. */
    private static boolean framedCallPageShown() {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        Object loaded = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const f = document.createElement('iframe'); f.id = 'framed'; f.src = arguments[0];"
                + "f.addEventListener('load', () => done(true)); document.body.appendChild(f);", callPage);
        assertThat(loaded).isEqualTo(true);
        WebElement frame = browser.driver.findElement(By.id("framed"));
        browser.driver.switchTo().frame(frame);
        try {
            return Boolean.TRUE.equals(browser.script(
                    "return document.documentElement.hasAttribute('data-calls-manual');"));
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    @Test
    void callPageFramedByAnotherOriginThenNotShown() {
        browser.driver.get(otherBase.toString());

        assertThat(framedCallPageShown()).isFalse();
    }

    @Test
    void callPageFramedByTheAppsOwnPageThenShown() {
        browser.open("/history");

        assertThat(framedCallPageShown()).isTrue();
    }
}
