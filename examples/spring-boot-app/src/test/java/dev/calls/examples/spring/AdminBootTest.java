package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * calladmin (ROLE_CALLS_ADMIN) over real HTTP and Spring Security: Test Organization's statistics and live
 * calls, ending a stuck call that then shows in history with its reason, the admin page with Chart.js; anyone
 * else gets 404.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminBootTest {
    static final String PASSWORD = DemoData.PASSWORD;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private WebClient as(String user) {
        return WebClient.basic(port, user, PASSWORD);
    }

    @Test
    void adminWhenACallIsLiveThenSeesItEndsItAndHistoryAndStatsSayEndedByAdmin() throws Exception {
        as("calluser9").post("/api/calls/presence/heartbeat");
        as("calluser10").post("/api/calls/presence/heartbeat");
        JsonNode call = WebClient.tree(as("calluser9").json("POST", "/api/calls",
                java.util.Map.of("recipientIds", List.of("calluser10"), "type", "audio")));
        String id = call.get("id").asText();
        as("calluser10").post("/api/calls/" + id + "/accept");

        JsonNode active = WebClient.tree(as("calladmin").get("/api/calls/admin/calls/active"));
        JsonNode ended = WebClient.tree(as("calladmin").post("/api/calls/admin/calls/" + id + "/end"));
        JsonNode history = WebClient.tree(as("calluser10").get("/api/calls/history"));
        JsonNode stats = WebClient.tree(as("calladmin").get("/api/calls/admin/stats?bucket=hour&from="
                + Instant.now().minusSeconds(7200) + "&to=" + Instant.now().plusSeconds(60)));

        assertThat(active.get("calls")).extracting(c -> c.get("id").asText()).contains(id);
        assertThat(ended.get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(ended.get("state").asText()).isEqualTo("completed");
        assertThat(history.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(history.get("items").get(0).get("endReason").asText()).isEqualTo("ended_by_admin");
        assertThat(stats.get("byEndReason").get("ended_by_admin").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("answered").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void normalUserThenAdminRoutesAndPageAreNotFound() throws Exception {
        for (String user : List.of("testuser3", "orguser2")) {
            HttpResponse<String> stats = as(user).get("/api/calls/admin/stats");
            HttpResponse<String> page = as(user).get("/admin");

            assertThat(stats.statusCode()).as(user).isEqualTo(404);
            assertThat(stats.body()).contains("\"code\":\"not_found\"");
            assertThat(page.statusCode()).as(user).isEqualTo(404);
        }
    }

    @Test
    void adminPageThenTheViewChartJsFromTheWebjarAndALinkInTheBar() throws Exception {
        HttpResponse<String> page = as("calladmin").get("/admin");
        String chart = page.body().replaceAll("(?s).*<script src=\"(/webjars/chart.js/[^\"]+)\".*", "$1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"calls-admin\"").contains("<a href=\"/admin\">Admin</a>")
                .contains("src=\"/admin-page.js\"");
        HttpResponse<String> js = as("calladmin").get(chart);
        assertThat(js.statusCode()).as(chart).isEqualTo(200);
        assertThat(js.body()).contains("Chart.js v4.");
        assertThat(as("calladmin").get("/admin-page.js").body()).contains("mountAdminView");
        assertThat(as("testuser3").get("/").body()).doesNotContain("href=\"/admin\"");
    }
}
