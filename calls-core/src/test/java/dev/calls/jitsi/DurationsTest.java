package dev.calls.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parseUnitsThenDurations() {
        assertThat(Durations.parse("250ms", "p")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("90s", "p")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("30m", "p")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse(" 8H ", "p")).isEqualTo(Duration.ofHours(8));
        assertThat(Durations.parse("2d", "p")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void parseIsoThenDuration() {
        assertThat(Durations.parse("PT1H", "p")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("pt1m30s", "p")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void parseBareNumberNegativeOrJunkThenErrorNamingProperty() {
        assertThatThrownBy(() -> Durations.parse("30", "calls.ring-timeout"))
                .hasMessageStartingWith("calls.ring-timeout must be a duration").hasMessageContaining("'30'");
        assertThatThrownBy(() -> Durations.parse("-PT1H", "x")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Durations.parse("-5s", "x")).hasMessageContaining("must be a duration");
        assertThatThrownBy(() -> Durations.parse("1 hour", "x")).hasMessageContaining("must be a duration");
        assertThatThrownBy(() -> Durations.parse(" ", "x")).hasMessageContaining("was empty");
    }
}
