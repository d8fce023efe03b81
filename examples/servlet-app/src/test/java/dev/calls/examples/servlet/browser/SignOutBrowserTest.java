package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing out ends presence at once: others see the user offline now, not when the presence timeout runs out. */
class SignOutBrowserTest extends TwoBrowserTest {
    @Test
    void signOutThenTheOtherUserSeesThemOfflineAtOnceAndSigningInAgainBringsThemBack() {
        b.signIn("calluser8");
        a.signIn("testuser4");
        By dot = By.cssSelector("[data-calls-user='calluser8'] > .calls-dot");
        a.wait(Browser.WAIT).until(d -> "online".equals(d.findElement(dot).getAttribute("data-status")));

        b.button("Sign out").click();

        b.waitVisible(By.id("username"));
        a.wait(Browser.WAIT).until(d -> "offline".equals(d.findElement(dot).getAttribute("data-status")));
        assertThat(a.button("Video call Call User 8").isEnabled()).isFalse();
        assertThat(app.api("testuser4", "GET", "/presence?userIds=calluser8", null).at("/items/0/online").asBoolean()).isFalse();

        b.signIn("calluser8");

        a.wait(Browser.WAIT).until(d -> "online".equals(d.findElement(dot).getAttribute("data-status")));
    }
}
