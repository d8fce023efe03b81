package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calls tables becoming unreachable under the running app (here: renamed away, as when access is taken
 * from the app's database user) and coming back: HTTP 503 {@code storage_unavailable} meanwhile, no call
 * half-written, full service afterwards.
 */
class StorageOutageTest {
    private final String url = "jdbc:h2:mem:outage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(new Settings(Map.of("calls.datasource.url", url))));
    }

    @AfterEach
    void stop() throws SQLException {
        app.close();
        sql("SHUTDOWN");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "", ""); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private long calls() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "", ""); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM calls_call")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void startWhileTheCallsTablesAreAwayThen503AndAfterwardsCallsWork() throws Exception {
        ApiClient caller = new ApiClient(app.uri(), "testuser4");
        ApiClient callee = new ApiClient(app.uri(), "calluser8");
        caller.send("POST", "/api/calls/presence/heartbeat", null);
        callee.send("POST", "/api/calls/presence/heartbeat", null);

        sql("ALTER TABLE calls_event RENAME TO calls_event_away");
        HttpResponse<String> refused = caller.send("POST", "/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
        sql("ALTER TABLE calls_event_away RENAME TO calls_event");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("code").asText()).isEqualTo("storage_unavailable");
        assertThat(refused.body()).doesNotContain("calls_event").doesNotContain("SQL");
        assertThat(calls()).isZero();

        HttpResponse<String> started = caller.send("POST", "/api/calls", "{\"recipientIds\":[\"calluser8\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(calls()).isEqualTo(1);
    }
}
