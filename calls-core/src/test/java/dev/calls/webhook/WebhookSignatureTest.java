package dev.calls.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private final byte[] body = "{\"eventType\":\"ROOM_CREATED\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature(Jaas.SECRET, Duration.ofMinutes(5));

    @Test
    void headerWhenSignedThenEqualsIndependentHmac() {
        assertThat(signature.header(body, NOW)).isEqualTo(Jaas.sign(body, NOW));
    }

    @Test
    void verifyWhenSeveralV1AndOtherSchemesThenAcceptsTheMatchingOne() {
        String good = Jaas.sign(body, NOW).split(",")[1];
        String header = "t=" + NOW.getEpochSecond() + ", v0=abc, v1=AAAA, " + good + ",v2=x=y";

        assertThatCode(() -> signature.verify(body, header, NOW)).doesNotThrowAnyException();
    }

    @Test
    void verifyWhenSignedWithAnotherSecretThenUnauthenticated() {
        String forged = Jaas.sign("another-secret-value", NOW.getEpochSecond(), body);

        assertRefused(forged, NOW, "does not match");
    }

    @Test
    void verifyWhenBodyChangedThenUnauthenticated() {
        String header = Jaas.sign(body, NOW);
        byte[] changed = "{\"eventType\":\"ROOM_DESTROYED\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(changed, header, NOW)).isInstanceOf(CallsException.class);
    }

    @Test
    void verifyWhenTimestampOlderOrNewerThanToleranceThenUnauthenticated() {
        assertRefused(Jaas.sign(body, NOW.minusSeconds(301)), NOW, "outside the allowed window");
        assertRefused(Jaas.sign(body, NOW.plusSeconds(301)), NOW, "outside the allowed window");
        assertThatCode(() -> signature.verify(body, Jaas.sign(body, NOW.minusSeconds(300)), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void verifyWhenHeaderMissingOrMalformedThenUnauthenticated() {
        assertRefused(null, NOW, "missing");
        assertRefused("", NOW, "missing");
        assertRefused("v1=abc", NOW, "needs t and v1");
        assertRefused("t=" + NOW.getEpochSecond(), NOW, "needs t and v1");
        assertRefused("t=soon,v1=abc", NOW, "not a number");
        assertRefused("t=" + NOW.getEpochSecond() + ",v1=!!!not-base64", NOW, "does not match");
    }

    @Test
    void toStringWhenPrintedThenHidesSecret() {
        assertThat(signature.toString()).doesNotContain(Jaas.SECRET);
    }

    private void assertRefused(String header, Instant now, String message) {
        assertThatThrownBy(() -> signature.verify(body, header, now))
                .isInstanceOf(CallsException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((CallsException) e).code()).isEqualTo(ErrorCode.UNAUTHENTICATED))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Jaas.SECRET));
    }
}
