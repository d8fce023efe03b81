package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organization administrator (calladmin) in the example on its H2 database: statistics and live calls of
 * Test Organization, ending a stuck call, the admin page and Chart.js; everyone else gets 404.
 */
class AdminPageTest {
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of(
                "calls.datasource.url", "jdbc:h2:mem:admin-page-" + UUID.randomUUID()))));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ApiClient as(String user) {
        return new ApiClient(app.uri(), user);
    }

    @Test
    void adminWhenACallIsLiveThenSeesItEndsItAndTheParticipantsHistorySaysEndedByAdmin() {
        as("calluser3").json("POST", "/api/calls/presence/heartbeat", null);
        as("calluser5").json("POST", "/api/calls/presence/heartbeat", null);
        JsonNode call = as("calluser3").json("POST", "/api/calls", "{\"recipientIds\":[\"calluser5\"],\"type\":\"audio\"}");
        String id = call.get("id").asText();
        as("calluser5").json("POST", "/api/calls/" + id + "/accept", null);

        JsonNode active = as("calladmin").json("GET", "/api/calls/admin/calls/active", null);
        JsonNode ended = as("calladmin").json("POST", "/api/calls/admin/calls/" + id + "/end", null);
        JsonNode history = as("calluser5").json("GET", "/api/calls/history", null);
        JsonNode stats = as("calladmin").json("GET", "/api/calls/admin/stats?bucket=hour&from="
                + Instant.now().minusSeconds(3600) + "&to=" + Instant.now().plusSeconds(60), null);

        assertThat(active.get("calls")).extracting(c -> c.get("id").asText()).contains(id);
        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(ended.get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(history.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(history.get("items").get(0).get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(stats.get("calls").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("byEndReason").get("ended_by_admin").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("series")).hasSize(2);
    }

    @Test
    void normalUserOrOtherOrganizationThenAdminRoutesAndPageAreNotFound() {
        for (String user : List.of("testuser4", "orguser1")) {
            HttpResponse<String> stats = as(user).send("GET", "/api/calls/admin/stats", null);
            HttpResponse<String> page = as(user).send("GET", "/admin", null);

            assertThat(stats.statusCode()).as(user).isEqualTo(404);
            assertThat(stats.body()).contains("\"code\":\"not_found\"");
            assertThat(page.statusCode()).as(user).isEqualTo(404);
        }
    }

    @Test
    void adminPageThenTheViewChartJsAndALinkInTheBar() {
        HttpResponse<String> page = as("calladmin").send("GET", "/admin", null);
        HttpResponse<String> chart = as("calladmin").send("GET", "/static/chart.umd.js", null);
        HttpResponse<String> script = as("calladmin").send("GET", "/static/admin-page.js", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"calls-admin\"").contains("data-api=\"/api/calls\"")
                .contains("<script src=\"/static/chart.umd.js\">").contains("<a href=\"/admin\">Admin</a>");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart.js v4.");
        assertThat(script.body()).contains("mountAdminView");
        assertThat(as("testuser4").send("GET", "/", null).body()).doesNotContain("href=\"/admin\"");
    }
}
