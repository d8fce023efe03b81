package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example on the local MariaDB, in a database of its own. */
class RestartMariaDbIT extends AbstractRestartTest {
    private final String name = ServerDatabases.uniqueName();

    @BeforeEach
    void createDatabase() {
        ServerDatabases.execute(ServerDatabases.MARIADB, "root", "CREATE DATABASE " + name);
    }

    @AfterEach
    void dropDatabase() {
        ServerDatabases.execute(ServerDatabases.MARIADB, "root", "DROP DATABASE " + name);
    }

    @Override
    protected Map<String, String> database() {
        return Map.of("calls.datasource.url", "jdbc:mariadb://127.0.0.1:3306/" + name,
                "calls.datasource.username", "root", "calls.datasource.password", "");
    }

    @Override
    protected String initializeMode() {
        return "always";
    }

    @Test
    void startWithDefaultInitializeOnAServerDatabaseThenTablesAreNotCreated() {
        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not installed");
    }
}
