package dev.calls.examples.spring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.examples.servlet.browser.Browser;
import dev.calls.examples.spring.DemoData;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The React example (examples/react-app, served by the Spring example under /app/) in two real browsers, signed in
 * with bearer tokens: presence, ring, accept, the call window with the room and token from the server, a reload
 * that re-attaches, hang up, and the call in both histories; a third browser, the organization's administrator,
 * sees the call in the live table while it lasts and in the statistics after.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactAppBrowserTest {
    private static final String CALLER = "calluser4";
    private static final String CALLEE = "calluser8";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestConfiguration
    static class Media {
        /** The stand-in external_api.js of the servlet example's test-jar, beside the app (no session needed). */
        @Bean
        org.springframework.boot.web.servlet.ServletRegistrationBean<dev.calls.examples.servlet.browser.StandInJitsi.ScriptServlet> standInScript() {
            return new org.springframework.boot.web.servlet.ServletRegistrationBean<>(
                    new dev.calls.examples.servlet.browser.StandInJitsi.ScriptServlet(), "/app/test-jitsi/*");
        }

        @Bean
        AppStandInJitsi standInJitsi() {
            return new AppStandInJitsi();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;

    @Autowired
    AppStandInJitsi standIn;

    @BeforeEach
    void media() {
        standIn.origin.set("http://127.0.0.1:" + port);
    }

    private static WebElement visible(Browser b, By by) {
        return b.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void gone(Browser b, By by) {
        b.wait(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void signIn(Browser b, String user) {
        b.open("/app/");
        visible(b, By.id("username")).sendKeys(user);
        b.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        b.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        visible(b, By.id("people"));
        b.wait(WAIT).until(d -> "true".equals(b.driver.findElement(By.cssSelector(".live")).getAttribute("data-connected")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastMeeting(Browser b) {
        List<Map<String, Object>> instances = (List<Map<String, Object>>) b.script(
                "return (window.__jitsiStandIn || { instances: [] }).instances;");
        assertThat(instances).as("meetings built in " + b.label).isNotEmpty();
        return (Map<String, Object>) instances.get(instances.size() - 1).get("options");
    }

    @Test
    void twoUsersRingAcceptTalkReloadHangUpThenHistory() {
        try (Browser callee = Browser.start(CALLEE, base()); Browser caller = Browser.start(CALLER, base());
                Browser admin = Browser.start(DemoData.ADMIN, base())) {
            signIn(callee, CALLEE);
            signIn(caller, CALLER);
            signIn(admin, DemoData.ADMIN);
            // only the organization's administrator gets the Admin tab
            By adminTab = By.xpath("//nav//button[normalize-space(.)='Admin']");
            visible(admin, adminTab).click();
            visible(admin, By.cssSelector("[data-stats-drawn=true]"));
            assertThat(admin.driver.findElement(By.cssSelector("[data-figure='Calls']")).getText()).isEqualTo("0");
            assertThat(caller.driver.findElements(adminTab)).isEmpty();
            // the session is the bearer token in this tab, not a cookie
            assertThat(caller.driver.manage().getCookies()).noneMatch(c -> c.getName().equals("JSESSIONID"));

            By row = By.cssSelector("[data-user='" + CALLEE + "']");
            caller.wait(WAIT).until(d -> "online".equals(d.findElement(row).findElement(By.cssSelector(".dot")).getAttribute("data-status")));
            caller.driver.findElement(row).findElement(By.cssSelector("button[aria-label^='Video call']")).click();
            visible(caller, By.cssSelector("[data-calls-window][role=dialog]"));
            assertThat(caller.driver.findElement(By.cssSelector("[data-calls-window]")).getAttribute("aria-label")).startsWith("Calling ");

            By incoming = By.cssSelector("[data-calls-incoming]");
            visible(callee, incoming);
            String callId = callee.driver.findElement(incoming).getAttribute("data-calls-incoming");
            assertThat(callee.driver.findElement(incoming).getText()).contains("is calling").contains("Video call");
            callee.screenshot("react-incoming");
            callee.driver.findElement(incoming).findElement(By.xpath(".//button[normalize-space(.)='Accept']")).click();
            gone(callee, incoming);

            By window = By.cssSelector("[data-calls-window='" + callId + "']");
            By frame = By.cssSelector("[data-calls-window='" + callId + "'] iframe");
            visible(callee, frame);
            visible(caller, frame);
            assertThat(caller.driver.findElement(window).getAttribute("aria-label")).startsWith("Call with ");
            Map<String, Object> calleeMeeting = lastMeeting(callee);
            String room = (String) calleeMeeting.get("roomName");
            assertThat(calleeMeeting.get("jwt")).isEqualTo(AppStandInJitsi.token(CALLEE, room));
            assertThat(lastMeeting(caller).get("jwt")).isEqualTo(AppStandInJitsi.token(CALLER, room));
            caller.screenshot("react-call-window");

            // the administrator's live table has the call, fed by the tenant's event log
            By liveRow = By.cssSelector("tr[data-call-id='" + callId + "'][data-state=active]");
            visible(admin, liveRow);
            assertThat(admin.driver.findElement(liveRow).getText()).contains("Call User 4").contains("Call User 8 (joined)");

            // minimise keeps the call; restore brings it back
            caller.driver.findElement(window).findElement(By.xpath(".//button[normalize-space(.)='Minimise']")).click();
            assertThat(caller.driver.findElement(window).getAttribute("data-minimised")).isEqualTo("true");
            caller.driver.findElement(window).findElement(By.xpath(".//button[normalize-space(.)='Restore']")).click();

            // a reload re-attaches: signed in still (the token in this tab), the same call's window, a fresh token
            callee.driver.navigate().refresh();
            visible(callee, frame);
            assertThat(lastMeeting(callee).get("roomName")).isEqualTo(room);
            assertThat(lastMeeting(callee).get("jwt")).isEqualTo(AppStandInJitsi.token(CALLEE, room));

            caller.driver.findElement(window).findElement(By.xpath(".//button[normalize-space(.)='Hang up']")).click();
            gone(caller, window);
            gone(callee, window);

            for (Browser b : List.of(caller, callee)) {
                b.driver.findElement(By.xpath("//nav//button[normalize-space(.)='History']")).click();
                By historyRow = By.cssSelector("#history tr[data-call='" + callId + "']");
                visible(b, historyRow);
                assertThat(b.driver.findElement(historyRow).getAttribute("data-outcome")).isEqualTo("answered");
            }
            callee.screenshot("react-history");

            // the ended call leaves the live table and counts in the statistics (read again when the tab opens)
            gone(admin, By.cssSelector("tr[data-call-id='" + callId + "']"));
            admin.driver.findElement(By.xpath("//nav//button[normalize-space(.)='People']")).click();
            visible(admin, adminTab).click();
            admin.wait(WAIT).until(d -> "1".equals(d.findElement(By.cssSelector("[data-figure='Calls']")).getText()));
            assertThat(admin.driver.findElement(By.cssSelector("[data-figure='Answered']")).getText()).isEqualTo("1");
            assertThat(admin.driver.findElement(By.cssSelector("[data-figure='Answer rate']")).getText()).isEqualTo("100 %");
            admin.screenshot("react-admin");
            assertThat(callee.driver.findElement(By.cssSelector("#history tr[data-call='" + callId + "']")).getText())
                    .contains("Incoming").contains("Video").contains("Answered");
            assertThat(caller.driver.findElement(By.cssSelector("#history tr[data-call='" + callId + "']")).getText())
                    .contains("Outgoing");
        }
    }
}
