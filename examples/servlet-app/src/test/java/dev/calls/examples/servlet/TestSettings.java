package dev.calls.examples.servlet;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Settings for a test app: its own in-memory database unless the test names one, so tests never share data. */
public final class TestSettings {
    private TestSettings() {
    }

    public static Settings of(Map<String, String> given) {
        Map<String, String> settings = new HashMap<>(given);
        settings.putIfAbsent("calls.datasource.url", "jdbc:h2:mem:calls-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new Settings(settings);
    }
}
