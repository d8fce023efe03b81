package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Presence subscriptions in the browser client: the page gets presence changes only of the users it shows
 * (data-calls-user), following the page as elements come and go, so a change elsewhere in the tenant costs it
 * nothing.
 */
class PresenceWatchBrowserTest extends TwoBrowserTest {

    @SuppressWarnings("unchecked")
    private static List<String> seen() {
        return (List<String>) a.script("return window.__presence || [];");
    }

    private static long watchChanges() {
        return (Long) a.script("return performance.getEntriesByType('resource')"
                + ".filter((e) => new URL(e.name).pathname === '/api/calls/events/watch').length;");
    }

    private static void setStatus(String user, String status) {
        app.api(user, "PUT", "/presence/me", "{\"status\":\"" + status + "\"}");
    }

    @Test
    void presenceChangesFollowTheUsersThePageShows() {
        a.signIn("testuser4");
        a.waitVisible(By.cssSelector("[data-calls-user='calluser8'] > .calls-dot"));
        a.client("(window.__presence = [], calls.on('presence', (p) => window.__presence.push(p.userId + ':'"
                + " + p.chosenStatus)), true)");

        // the page stops showing calluser8 (a single-page app re-rendering its list)
        a.script("document.querySelector(\"[data-calls-user='calluser8']\").remove();");
        a.wait(Browser.WAIT).until(d -> watchChanges() == 1);
        setStatus("calluser8", "away");
        setStatus("calluser7", "away");
        a.wait(Browser.WAIT).until(d -> seen().contains("calluser7:away"));
        assertThat(seen()).as("calluser8 is no longer on the page").doesNotContain("calluser8:away");

        // and shows calluser8 again
        a.script("const s = document.createElement('span'); s.dataset.callsUser = 'calluser8';"
                + " s.textContent = 'Call User 8'; document.querySelector('main, body').append(s);");
        a.wait(Browser.WAIT).until(d -> watchChanges() == 2);
        setStatus("calluser8", "busy");
        a.wait(Browser.WAIT).until(d -> seen().contains("calluser8:busy"));

        setStatus("calluser7", "online");
        setStatus("calluser8", "online");
    }
}
