package dev.calls.examples.spring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.examples.servlet.browser.Axe;
import dev.calls.examples.servlet.browser.Browser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring Boot example in two real Chromium browsers, A (testuser4) and B (calluser8): the people page's
 * status text follows presence live, a call rings, is answered in the call window and hung up with a summary
 * on both sides, unknown addresses get the app's own page, and axe-core finds no serious or critical violation
 * on any of these states at desktop and phone sizes (screenshots under target/screenshots).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@Import(StandInMedia.class)
class CrmBrowserTest {
    private static final int PORT = freePort();
    private static final URI BASE = URI.create("http://127.0.0.1:" + PORT + "/");
    private static Browser a;
    private static Browser b;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-browser-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @BeforeAll
    static void browsers() {
        a = Browser.start("A", BASE);
        b = Browser.start("B", BASE);
    }

    @AfterAll
    static void close() {
        try (Browser x = a; Browser y = b) {
            // both closed
        }
    }

    @Test
    void statusTextOnThePeoplePageFollowsPresenceLive() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        By text = By.cssSelector("li.person[data-calls-user='calluser8'] [data-calls-status]");
        a.wait(Browser.WAIT).until(d -> d.findElements(text).stream().allMatch(e -> e.getText().equals("Online")));

        b.script("const s = document.querySelector('[data-calls-status-select]');"
                + "s.value = 'dnd'; s.dispatchEvent(new Event('change', { bubbles: true }));");
        a.wait(Browser.WAIT).until(d -> d.findElements(text).stream().allMatch(e -> e.getText().startsWith("Do not disturb")));
        // the dot says the same as the text
        assertThat(a.driver.findElement(By.cssSelector("li.person[data-calls-user='calluser8'] > .calls-dot"))
                .getAttribute("aria-label")).startsWith("Do not disturb");

        b.script("const s = document.querySelector('[data-calls-status-select]');"
                + "s.value = 'online'; s.dispatchEvent(new Event('change', { bubbles: true }));");
        a.wait(Browser.WAIT).until(d -> d.findElements(text).stream().allMatch(e -> e.getText().equals("Online")));

        b.button("Sign out").click();
        b.waitVisible(By.id("username"));
        // at once: the page's stream ends on the server with the sign-out, not at its next heartbeat
        a.wait(Browser.WAIT).until(d -> d.findElements(text).stream().allMatch(e -> e.getText().equals("Offline")));
    }

    @Test
    void callRingsIsAnsweredAndHungUpWithASummaryOnBothSidesAndEveryStateIsAccessible() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        Axe.check(a, "spring-people");
        a.wait(Browser.WAIT).until(d -> a.button("Video call Call User 8").isEnabled());

        a.button("Video call Call User 8").click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        Axe.check(b, "spring-ringing");

        b.button("Accept").click();
        b.waitVisible(Browser.region("Call with Test User 4"));
        a.waitVisible(Browser.region("Call with Call User 8"));
        // both browsers joined the same room through the stand-in IFrame API, each with its own token
        String room = b.standIn().get(0).at("/options/roomName").asText();
        assertThat(a.standIn().get(0).at("/options/roomName").asText()).isEqualTo(room);
        assertThat(b.standIn().get(0).at("/options/jwt").asText()).isEqualTo("stand-in-token.calluser8." + room);
        Axe.check(b, "spring-call-window");

        a.button("Hang up").click();
        b.waitGone(Browser.region("Call with Test User 4"));
        b.waitVisible(Browser.alert("Call with Test User 4 ended"));
        a.waitVisible(Browser.alert("Call with Call User 8 — 0:0"));
        Axe.check(a, "spring-call-summary");

        a.open("/history");
        a.waitVisible(By.cssSelector("table.history tbody tr"));
        assertThat(a.driver.findElement(By.cssSelector("table.history tbody tr")).getText()).contains("Call User 8");
        Axe.check(a, "spring-history");
    }

    @Test
    void wrongPasswordThenTheFormSaysSoAndKeepsTheUsername() {
        a.driver.manage().deleteAllCookies();
        a.open("/login");
        a.driver.findElement(By.id("username")).sendKeys("testuser4");
        a.driver.findElement(By.id("password")).sendKeys("not-the-password");
        a.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();

        assertThat(a.waitVisible(By.id("login-error")).getText()).isEqualTo("Wrong username or password.");
        assertThat(a.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("testuser4");
        assertThat(a.driver.switchTo().activeElement().getAttribute("id")).as("ready for the password again").isEqualTo("password");
        Axe.check(a, "spring-login-error");
    }

    @Test
    void unknownAddressShowsTheAppsOwnPageNotAFrameworkErrorPage() {
        a.signIn("testuser4");
        a.open("/no-such-page");
        assertThat(a.waitVisible(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(a.driver.getPageSource()).doesNotContain("Whitelabel");
        assertThat(a.driver.findElement(By.cssSelector("a[href='/']")).isDisplayed()).isTrue();
        Axe.check(a, "spring-not-found");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
