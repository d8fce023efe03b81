package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example's data survives a restart: start it, make a call over HTTP, stop it, start it again on the
 * same database, and the history is still there.
 */
abstract class AbstractRestartTest {

    /** {@code calls.datasource.*} of the database under test. */
    protected abstract Map<String, String> database();

    /** The {@code calls.schema.initialize} that creates the tables on this database. */
    protected abstract String initializeMode();

    protected RunningApp start(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(database());
        settings.putAll(extra);
        return ServletApp.start(AppOptions.defaults().port(0).settings(new Settings(settings)));
    }

    @Test
    void callThenRestartThenHistoryAndPresenceStillThere() throws Exception {
        String id;
        try (RunningApp first = start(Map.of("calls.schema.initialize", initializeMode()))) {
            ApiClient caller = new ApiClient(first.uri(), "testuser4");
            ApiClient callee = new ApiClient(first.uri(), "calluser8");
            callee.json("PUT", "/api/calls/presence/me", "{\"status\":\"away\",\"status_message\":\"back at 3\"}");
            caller.json("POST", "/api/calls/presence/heartbeat", null);
            HttpResponse<String> started = caller.send("POST", "/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            id = caller.json("GET", started.headers().firstValue("Location").orElseThrow(), null).get("id").asText();
            assertThat(callee.json("POST", "/api/calls/" + id + "/accept", null).get("state").asText())
                    .isEqualTo("active");
            assertThat(caller.json("POST", "/api/calls/" + id + "/end", null).get("state").asText())
                    .isEqualTo("completed");
        }

        try (RunningApp second = start(Map.of("calls.schema.initialize", "never"))) {
            ApiClient callee = new ApiClient(second.uri(), "calluser8");
            JsonNode history = callee.json("GET", "/api/calls/history", null);
            assertThat(history.get("items")).hasSize(1);
            assertThat(history.get("items").get(0).get("id").asText()).isEqualTo(id);
            assertThat(history.get("items").get(0).get("state").asText()).isEqualTo("completed");
            assertThat(callee.json("GET", "/api/calls/presence/me", null).get("status").asText()).isEqualTo("away");
            assertThat(callee.send("GET", "/history", null).body()).contains("Test User 4");
        }
    }

    @Test
    void restartWhenTheSchemaIsCurrentThenNothingIsInstalledAgain() throws Exception {
        try (RunningApp first = start(Map.of("calls.schema.initialize", initializeMode()))) {
            assertThat(first.database().installedNow()).isTrue();
        }
        try (RunningApp second = start(Map.of("calls.schema.initialize", initializeMode()))) {
            assertThat(second.database().jpa().status().upToDate()).isTrue();
            assertThat(second.database().jpa().schema().migrate()).isEmpty();
        }
    }
}
