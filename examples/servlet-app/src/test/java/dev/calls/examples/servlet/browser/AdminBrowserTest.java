package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * calladmin on the admin page: the statistics chart is drawn by Chart.js from the tenant's calls, a call that
 * starts elsewhere appears in the live table (and its answer updates it), and the End button ends it for
 * everyone with reason {@code ended_by_admin}.
 */
class AdminBrowserTest {
    static BrowserApp app;
    static Browser admin;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        admin = Browser.start("admin", app.base);
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = admin) {
            // closed in reverse order
        }
    }

    private static String startCall(String from, String to) {
        app.api(from, "POST", "/presence/heartbeat", null);
        app.api(to, "POST", "/presence/heartbeat", null);
        return app.api(from, "POST", "", "{\"recipientIds\":[\"" + to + "\"],\"type\":\"audio\"}").get("id").asText();
    }

    @Test
    void adminPageThenChartDrawnAndALiveCallAppearsUpdatesAndEndsFromTheTable() {
        // one call already over, so the chart has something to draw
        String done = startCall("calluser3", "calluser5");
        app.api("calluser5", "POST", "/" + done + "/accept", null);
        app.api("calluser3", "POST", "/" + done + "/end", null);

        admin.signIn("calladmin");
        admin.open("/admin");
        admin.wait(Browser.WAIT).until(d -> "true".equals(admin.script(
                "return document.getElementById('calls-admin').dataset.statsDrawn || null;")));
        Object drawn = admin.script("const c = Chart.getChart(document.querySelector('[data-admin=series-chart]'));"
                + "const sum = c.data.datasets[0].data.reduce((a, b) => a + b, 0);"
                + "const canvas = c.canvas; const px = canvas.getContext('2d')"
                + "  .getImageData(0, 0, canvas.width, canvas.height).data;"
                + "let painted = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;"
                + "return [sum, c.data.datasets[1].data.reduce((a, b) => a + b, 0), painted, canvas.width];");
        assertThat(drawn).asList().element(0).isEqualTo(1L);
        assertThat(drawn).asList().element(1).isEqualTo(1L);
        assertThat((Long) ((java.util.List<?>) drawn).get(2)).isGreaterThan(100L);
        assertThat(admin.driver.findElement(By.cssSelector("[data-figure='Calls']")).getText()).isEqualTo("1");
        admin.wait(Browser.WAIT).until(d -> "0".equals(admin.script(
                "return document.getElementById('calls-admin').dataset.activeCalls || null;")));

        String live = startCall("calluser6", "calluser7");
        // the table is drawn anew as the calls change: read a row in one script, never through a held element
        String css = "tr[data-call-id='" + live + "']";
        By row = By.cssSelector(css);
        admin.waitVisible(row);
        assertThat(admin.script("return document.querySelector(arguments[0]).dataset.state;", css)).isEqualTo("ringing");
        app.api("calluser7", "POST", "/" + live + "/accept", null);
        admin.wait(Browser.WAIT).until(d -> "active".equals(admin.script(
                "const r = document.querySelector(arguments[0]); return r ? r.dataset.state : null;", css)));
        assertThat((String) admin.script("return document.querySelector(arguments[0]).textContent;", css))
                .contains("Call User 6").contains("Call User 7");

        admin.wait(Browser.WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("[data-admin-end='" + live + "']")).click();
            return true;
        });

        admin.waitGone(row);
        // fed by the administrators' event stream, not by reading the log again and again
        assertThat(admin.script("return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((n) => n.includes('admin/events?after=')).length;")).isEqualTo(0L);
        JsonNode ended = app.call("calluser6", live);
        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(admin.cspViolations()).isEmpty();
        assertThat(admin.script("return window.__pageErrors;")).asList().isEmpty();
        admin.screenshot("admin-page");
    }
}
