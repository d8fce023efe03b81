package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void keyThenEnvironmentVariableName() {
        assertThat(Settings.envName("calls.jitsi.app-id")).isEqualTo("CALLS_JITSI_APP_ID");
        assertThat(Settings.envName("calls.ring-timeout")).isEqualTo("CALLS_RING_TIMEOUT");
    }

    @Test
    void systemPropertyAndEnvironmentThenPropertyWins() {
        Properties props = new Properties();
        props.setProperty("calls.jitsi.domain", "jitsi.example.org");
        Settings s = Settings.from(props, Map.of("CALLS_JITSI_DOMAIN", "env.example.org", "CALLS_RING_TIMEOUT", "45s",
                "UNRELATED", "x"));

        assertThat(s.get("calls.jitsi.domain", null)).isEqualTo("jitsi.example.org");
        assertThat(s.duration("calls.ring-timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(45));
        assertThat(s.asMap()).doesNotContainKey("UNRELATED");
    }

    @Test
    void durationsThenShortAndIsoFormsAndClearErrors() {
        Settings s = new Settings(Map.of("calls.presence-timeout", "5m", "calls.max-call-duration", "PT2H",
                "calls.ring-timeout", "soon"));

        assertThat(s.duration("calls.presence-timeout", null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.duration("calls.max-call-duration", null)).isEqualTo(Duration.ofHours(2));
        assertThat(s.duration("calls.token-ttl", Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> s.duration("calls.ring-timeout", null)).hasMessageContaining("calls.ring-timeout");
    }

    @Test
    void secretValuesThenNotInToString() {
        Settings s = new Settings(Map.of("calls.jitsi.app-secret", "hunter2"));

        assertThat(s.toString()).doesNotContain("hunter2").contains("calls.jitsi.app-secret");
    }

    @Test
    void publicProviderThenDomainFromSettingsAndOthersRefusedClearly() {
        var provider = Providers.fromSettings(new Settings(Map.of("calls.jitsi.domain", "meet.example.org")));

        assertThat(provider.roomUrl("calls-x")).isEqualTo("https://meet.example.org/calls-x");
        assertThatThrownBy(() -> Providers.fromSettings(new Settings(Map.of("calls.jitsi.provider", "jaas"))))
                .hasMessageContaining("calls.jitsi.provider=jaas");
    }
}
