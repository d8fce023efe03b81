package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.UserRef;
import dev.calls.examples.servlet.DemoUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The client's modules loading from the base path, presence dots that follow the status menu live, and the
 * embed page running the client under its policy.
 */
class EmbedAndPresenceBrowserTest extends TwoBrowserTest {
    private static By dotOf(String userId) {
        return By.cssSelector("[data-calls-user='" + userId + "'] > .calls-dot");
    }

    private static void expectDot(Browser browser, String userId, String status, String label) {
        browser.wait(Browser.WAIT).until(d -> status.equals(d.findElement(dotOf(userId)).getAttribute("data-status")));
        WebElement dot = browser.driver.findElement(dotOf(userId));
        assertThat(dot.getAccessibleName()).isEqualTo(label);
        assertThat(browser.driver.findElement(By.cssSelector("[data-calls-user='" + userId + "'] [data-calls-status]"))
                .getText()).startsWith(label);
    }

    @Test
    void clientThenEveryModuleFetchedFromTheBasePathAndRunAsAModule() {
        a.signIn("testuser3");
        a.waitVisible(dotOf("calluser8")); // the presence module decorated the people list
        List<String> modules = new ArrayList<>(List.of("/api/calls/client.js"));
        app.api("testuser3", "GET", "/openapi.json", null).get("paths").fieldNames().forEachRemaining(p -> {
            // guest.js is the guest page's own entry (GuestBrowserTest), not a module of host pages
            if (p.startsWith("/client/") && !p.equals("/client/guest.js")) {
                modules.add("/api/calls" + p);
            }
        });

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fetched = (List<Map<String, Object>>) a.script("return performance.getEntriesByType('resource')"
                + ".map((e) => ({ path: new URL(e.name).pathname, initiator: e.initiatorType }))"
                + ".filter((e) => e.path.startsWith('/api/calls/client'));");

        assertThat(modules).hasSizeGreaterThan(5);
        assertThat(fetched).extracting(e -> e.get("path")).containsExactlyInAnyOrderElementsOf(modules);
        assertThat(fetched).extracting(e -> e.get("initiator")).containsOnly("script");
        assertThat(a.script("return document.querySelector('script[type=module][src=\"/api/calls/client.js\"]') !== null"))
                .isEqualTo(true);
        // module scope: nothing of the client leaks onto window, yet the page's client is the module's instance
        assertThat(a.script("return [typeof window.CallsClient, typeof window.Connection, typeof window.BASE];"))
                .isEqualTo(List.of("undefined", "undefined", "undefined"));
        assertThat(a.client("calls.me.userId + ' ' + (m.default === calls) + ' ' + (new m.CallsError({}, 0)).code"))
                .isEqualTo("testuser3 true network");
        assertThat(a.script("return window.__pageErrors;")).isEqualTo(List.of());
        a.screenshot("client-modules-people-page");
    }

    @Test
    void statusMenuThenOthersSeeTheDotChangeLiveAndOfflineWhenGone() {
        b.signIn("calluser10");
        a.signIn("testuser5");
        expectDot(b, "testuser5", "online", "Online");
        Select menu = new Select(a.waitVisible(By.cssSelector("select[data-calls-status-select]")));
        assertThat(a.driver.findElement(By.cssSelector("select[data-calls-status-select]")).getAccessibleName())
                .isEqualTo("Status");

        menu.selectByVisibleText("Away");
        expectDot(b, "testuser5", "away", "Away");
        menu.selectByVisibleText("Do not disturb");
        expectDot(b, "testuser5", "dnd", "Do not disturb");
        a.reload();
        assertThat(new Select(a.waitVisible(By.cssSelector("select[data-calls-status-select]")))
                .getFirstSelectedOption().getText()).isEqualTo("Do not disturb");
        new Select(a.waitVisible(By.cssSelector("select[data-calls-status-select]"))).selectByVisibleText("Busy");
        expectDot(b, "testuser5", "busy", "Busy");
        new Select(a.waitVisible(By.cssSelector("select[data-calls-status-select]"))).selectByVisibleText("Online");
        expectDot(b, "testuser5", "online", "Online");
        assertThat(b.button("Video call Test User 5").isEnabled()).isTrue();

        a.open("/login");
        b.wait(Duration.ofSeconds(10)).until(d -> !app.app.calls().presence().isConnected(UserRef.of(DemoUsers.TEST_ORG, "testuser5")));
        app.scheduler.advance(Duration.ofMinutes(6));

        expectDot(b, "testuser5", "offline", "Offline");
        assertThat(b.button("Video call Test User 5").isEnabled()).isFalse();
    }

    @Test
    void embedPageThenCallOpensFullPageUnderItsPolicyAndHangsUp() {
        b.signIn("calluser3");
        a.signIn("testuser6");
        WebElement video = a.button("Video call Call User 3");
        a.wait(Browser.WAIT).until(d -> video.isEnabled());
        video.click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 6"));
        String id = a.waitVisible(By.cssSelector("[data-calls-outgoing]")).getAttribute("data-calls-outgoing");
        app.api("calluser3", "POST", "/" + id + "/accept", null); // answered on another device
        b.waitVisible(Browser.alert("Answered on another device."));
        a.waitVisible(Browser.region("Call with Call User 3"));

        b.open("/api/calls/embed/" + id);

        WebElement window = b.waitVisible(Browser.region("Call with Test User 6"));
        assertThat(window.getAttribute("class")).contains("calls-full");
        assertThat(b.script("return getComputedStyle(arguments[0]).position;", window)).isEqualTo("fixed");
        assertThat(b.findElementsNamed("Minimise")).isEmpty();
        JsonNode jitsi = b.standIn();
        assertThat(jitsi).hasSize(1);
        JsonNode call = app.call("calluser3", id);
        assertThat(jitsi.get(0).get("domain").asText()).isEqualTo(app.jitsi.domain());
        assertThat(jitsi.get(0).at("/options/roomName").asText()).isEqualTo(call.get("room").asText());
        assertThat(jitsi.get(0).at("/options/jwt").asText()).isEqualTo(StandInJitsi.token("calluser3", call.get("room").asText()));
        b.wait(Browser.WAIT).until(d -> CallFlowBrowserTest.participant(app.call("calluser3", id), "calluser3")
                .get("inRoom").asBoolean());
        assertThat(b.cspViolations()).isEmpty();
        assertThat(b.findIncoming()).isEmpty();
        b.screenshot("embed-page");

        b.button("Hang up").click();

        b.waitGone(Browser.region("Call with Test User 6"));
        assertThat(b.waitVisible(By.xpath("//*[@role='status'][normalize-space(.)='The call has ended.']")).isDisplayed()).isTrue();
        a.waitGone(Browser.region("Call with Call User 3"));
        assertThat(app.call("testuser6", id).get("state").asText()).isEqualTo("completed");
    }
}
