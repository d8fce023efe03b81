package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.InvalidSettingException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each filter setting has its default and its bound in the builder, and a bad one is named. */
class CallsFilterOptionsTest {

    @Test
    void defaultsThenDocumentedValues() {
        CallsFilterOptions o = CallsFilterOptions.defaults();
        assertThat(o.basePath()).isEqualTo("/api/calls");
        assertThat(o.heartbeatInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(o.maxStreamsPerUser()).isEqualTo(10);
        assertThat(o.maxLongPollWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(o.maxQueuedBytesPerStream()).isEqualTo(1024 * 1024);
        assertThat(o.writerThreads()).isEqualTo(2);
        assertThat(o.reconnectDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.publicBaseUrl()).isNull();
    }

    @Test
    void toBuilderThenSameSettingsAndOneChanged() {
        CallsFilterOptions o = CallsFilterOptions.builder().basePath("/rtc").maxStreamsPerUser(3)
                .publicBaseUrl("https://app.example.com/crm/").build();
        CallsFilterOptions copy = o.toBuilder().writerThreads(4).build();
        assertThat(copy.basePath()).isEqualTo("/rtc");
        assertThat(copy.maxStreamsPerUser()).isEqualTo(3);
        assertThat(copy.publicBaseUrl()).isEqualTo("https://app.example.com/crm");
        assertThat(copy.writerThreads()).isEqualTo(4);
    }

    @Test
    void impossibleValuesThenTheSettingIsNamed() {
        assertRefused(b -> b.basePath("api/calls"), "basePath", "basePath must look like /api/calls");
        assertRefused(b -> b.basePath("/api/calls/"), "basePath", "was '/api/calls/'");
        assertRefused(b -> b.basePath(null), "basePath", "basePath is required");
        assertRefused(b -> b.heartbeatInterval(Duration.ofMillis(5)), "heartbeatInterval",
                "heartbeatInterval must be at least 10ms, was 5ms");
        assertRefused(b -> b.maxStreamsPerUser(0), "maxStreamsPerUser", "maxStreamsPerUser must be at least 1");
        assertRefused(b -> b.maxLongPollWait(Duration.ofMinutes(6)), "maxLongPollWait", "between 0s and 5m");
        assertRefused(b -> b.maxBodyBytes(100), "maxBodyBytes", "at least 1024");
        assertRefused(b -> b.maxQueuedBytesPerStream(1000), "maxQueuedBytesPerStream", "at least 65536");
        assertRefused(b -> b.writerThreads(65), "writerThreads", "between 1 and 64");
        assertRefused(b -> b.reconnectDelay(Duration.ofSeconds(-1)), "reconnectDelay", "at least 0s");
        assertRefused(b -> b.publicBaseUrl("ftp://example.com"), "publicBaseUrl", "absolute http(s) URL");
    }

    private static void assertRefused(UnaryOperator<CallsFilterOptions.Builder> change, String setting,
            String message) {
        assertThatThrownBy(() -> change.apply(CallsFilterOptions.builder()).build())
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo(setting))
                .hasMessageContaining(message);
    }
}
