package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.BusyPolicy;
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
    void callStartedThenTheCallersBusyStateAnnouncedToTheOrganizationUnlessTurnedOff() throws Exception {
        for (String setting : new String[] {"true", "false"}) {
            try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0)
                    .settings(TestSettings.of(Map.of("calls.announce-call-presence", setting))))) {
                dev.calls.Calls calls = app.calls();
                calls.presence().heartbeat(dev.calls.UserRef.of("test-organization", "calluser8"));
                long before = calls.events().lastSequence();
                calls.start(dev.calls.UserRef.of("test-organization", "testuser4"), java.util.List.of("calluser8"),
                        dev.calls.MediaType.AUDIO);
                boolean announced = calls.events().after(dev.calls.UserRef.of("test-organization", "calluser4"),
                        before, 50).stream().anyMatch(e -> e.presence() != null && e.presence().inCall());
                assertThat(announced).as("announce-call-presence=" + setting).isEqualTo(setting.equals("true"));
            }
        }
    }

    @Test
    void busyPolicyFromSettingsThenTheEngineRunsWithItAndRefuseByDefault() throws Exception {
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0)
                .settings(TestSettings.of(Map.of("calls.busy-policy", "Wait"))))) {
            assertThat(app.calls().config().busyPolicy()).isEqualTo(BusyPolicy.WAIT);
        }
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of())))) {
            assertThat(app.calls().config().busyPolicy()).isEqualTo(BusyPolicy.REFUSE);
        }
    }

    @Test
    void unknownBusyPolicyThenStartFailsNamingTheSetting() {
        AppOptions options = AppOptions.defaults().port(0).settings(TestSettings.of(Map.of("calls.busy-policy", "queue")));

        assertThatThrownBy(() -> ServletApp.start(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls.busy-policy must be refuse or wait, was 'queue'");
    }

    @Test
    void idleTimeoutAndPresenceAnnouncementsFromSystemPropertiesAndTheEnvironmentThenRead() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("calls.idle-timeout", "4m");
        Settings settings = Settings.from(properties, Map.of("CALLS_ANNOUNCE_CALL_PRESENCE", "false"));

        assertThat(settings.duration("calls.idle-timeout", null)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.get("calls.announce-call-presence", "true")).isEqualTo("false");
    }

    @Test
    void busyPolicyFromTheEnvironmentThenRead() {
        Settings settings = Settings.from(new java.util.Properties(), Map.of("CALLS_BUSY_POLICY", "wait"));

        assertThat(settings.busyPolicy("calls.busy-policy", BusyPolicy.REFUSE)).isEqualTo(BusyPolicy.WAIT);
    }

    @Test
    void noIdleTimeoutThenThreeMinutesAndZeroTurnsItOff() throws Exception {
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0).settings(TestSettings.of(Map.of())))) {
            assertThat(app.calls().config().idleTimeout()).isEqualTo(Duration.ofMinutes(3));
        }
        try (RunningApp app = ServletApp.start(AppOptions.defaults().port(0)
                .settings(TestSettings.of(Map.of("calls.idle-timeout", "0s"))))) {
            assertThat(app.calls().config().idleTimeout()).isNull();
        }
    }
}
