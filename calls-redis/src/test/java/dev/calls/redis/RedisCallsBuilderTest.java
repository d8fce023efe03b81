package dev.calls.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the builder refuses before connecting anywhere. */
class RedisCallsBuilderTest {

    @Test
    void noUrlNorClientThenRefused() {
        assertThatThrownBy(() -> RedisCalls.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("url or client");
    }

    @Test
    void impossibleDurationsThenRefused() {
        assertThatThrownBy(() -> RedisCalls.builder().presenceRetention(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("presenceRetention");
        assertThatThrownBy(() -> RedisCalls.builder().commandTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandTimeout");
        assertThatThrownBy(() -> RedisCalls.builder().keyPrefix(null)).isInstanceOf(NullPointerException.class);
    }
}
