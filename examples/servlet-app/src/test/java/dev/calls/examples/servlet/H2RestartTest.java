package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default setup: an H2 file, created at start-up because it is an embedded database. */
class H2RestartTest extends AbstractRestartTest {
    @TempDir
    Path dir;

    @Override
    protected Map<String, String> database() {
        return Map.of("calls.datasource.url", "jdbc:h2:file:" + dir.resolve("calls") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Override
    protected String initializeMode() {
        return "embedded";
    }

    @Test
    void startWithDefaultsThenTheTablesAreCreatedInAFile() throws Exception {
        try (RunningApp app = start(Map.of())) {
            assertThat(app.database().installedNow()).isTrue();
            assertThat(app.database().where()).startsWith("jdbc:h2:file:");
        }
        assertThat(Files.exists(dir.resolve("calls.mv.db"))).isTrue();
    }

    @Test
    void startWithInitializeNeverOnAnEmptyDatabaseThenRefusesAndSaysWhatToRun() {
        assertThatThrownBy(() -> start(Map.of("calls.schema.initialize", "never")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not installed")
                .hasMessageContaining("SchemaTool install");
    }

    @Test
    void startWithAnUnknownInitializeModeThenRefusesNamingTheKey() {
        assertThatThrownBy(() -> start(Map.of("calls.schema.initialize", "sometimes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calls.schema.initialize");
    }

    @Test
    void defaultUrlThenAFileUnderData() {
        assertThat(Database.DEFAULT_URL).startsWith("jdbc:h2:file:./data/");
    }
}
