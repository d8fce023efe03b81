package dev.calls.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key names: under the prefix, and no two lists of parts give one key whatever the parts hold. */
class KeysTest {
    private final Keys keys = new Keys("calls:");

    @Test
    void partsWithSeparatorsThenStillDistinctKeys() {
        assertThat(keys.of("presence", "a:b", "c")).isNotEqualTo(keys.of("presence", "a", "b:c"));
        assertThat(keys.of("presence", "acme", "alice")).isEqualTo("calls:presence:4.acme:5.alice");
        assertThat(keys.of("seen", "")).isNotEqualTo(keys.of("seen"));
    }

    @Test
    void everyKeyAndTheChannelUnderThePrefix() {
        assertThat(keys.of("rate", "x")).startsWith("calls:");
        assertThat(keys.eventsChannel()).isEqualTo("calls:events");
        assertThat(new Keys("other:").eventsChannel()).isNotEqualTo(keys.eventsChannel());
    }
}
