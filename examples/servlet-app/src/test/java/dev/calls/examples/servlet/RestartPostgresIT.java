package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example on the local PostgreSQL, in a schema of its own. */
class RestartPostgresIT extends AbstractRestartTest {
    private final String schema = ServerDatabases.uniqueName();

    @BeforeEach
    void createSchema() {
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() {
        ServerDatabases.execute(ServerDatabases.PG, "postgres", "DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    protected Map<String, String> database() {
        return Map.of("calls.datasource.url", ServerDatabases.PG + "?currentSchema=" + schema,
                "calls.datasource.username", "postgres", "calls.datasource.password", "");
    }

    @Override
    protected String initializeMode() {
        return "always";
    }

    @Test
    void startWithDefaultInitializeOnAServerDatabaseThenTablesAreNotCreated() {
        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:5432/test")
                .hasMessageContaining("not installed");
    }
}
