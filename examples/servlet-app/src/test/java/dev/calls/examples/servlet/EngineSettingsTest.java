package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.CallsConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    @Test
    void timeoutsFromSettingsThenTheEngineRunsWithThem() throws Exception {
        Map<String, String> settings = Map.of("calls.ring-timeout", "45s", "calls.presence-timeout", "2m",
                "calls.max-call-duration", "90m", "calls.idle-timeout", "3m");
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(settings)))) {
            CallsConfig config = app.calls().config();
            assertThat(config.ringTimeout()).isEqualTo(Duration.ofSeconds(45));
            assertThat(config.presenceTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(config.maxCallDuration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(config.idleTimeout()).isEqualTo(Duration.ofMinutes(3));
        }
    }

    @Test
    void noIdleTimeoutThenActiveCallsAreNotEndedAsIdle() throws Exception {
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of())))) {
            assertThat(app.calls().config().idleTimeout()).isNull();
        }
    }
}
