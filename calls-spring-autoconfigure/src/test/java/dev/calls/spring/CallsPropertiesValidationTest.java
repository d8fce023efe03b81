package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.spring.support.Acme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Impossible settings stop the application at start-up, and the failure names the property to fix. */
class CallsPropertiesValidationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class);

    @TempDir
    Path dir;

    @Test
    void ringTimeoutBelowFiveSecondsThenStartupFailsNamingIt() {
        assertFails("calls.ring-timeout must be between 5s and 3m, was 2s", "calls.ring-timeout=2s");
    }

    @Test
    void ringTimeoutAboveThreeMinutesThenStartupFailsNamingIt() {
        assertFails("calls.ring-timeout must be between 5s and 3m, was 181s", "calls.ring-timeout=181s");
    }

    @Test
    void jaasWithoutPrivateKeyThenStartupFailsNamingIt() {
        assertFails("calls.jitsi.private-key is required for jaas", "calls.jitsi.provider=jaas",
                "calls.jitsi.app-id=vpaas-magic-cookie-abc", "calls.jitsi.key-id=4f4910");
    }

    @Test
    void jaasWithMissingKeyFileThenStartupFailsNamingTheProperty() {
        assertFails("calls.jitsi.private-key", "calls.jitsi.provider=jaas", "calls.jitsi.app-id=vpaas-magic-cookie-abc",
                "calls.jitsi.key-id=4f4910", "calls.jitsi.private-key=" + dir.resolve("missing.pem"));
    }

    @Test
    void shortGuestSecretThenStartupFailsNamingItWithoutTheSecret() {
        runner.withPropertyValues("calls.guests.secret=too-short-a-key").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("calls.guests.secret needs at least 32 bytes")
                    .doesNotContain("too-short-a-key");
        });
    }

    @Test
    void unknownProviderThenStartupFailsNamingIt() {
        assertFails("calls.jitsi.provider", "calls.jitsi.provider=zoom");
    }

    @Test
    void selfHostedWithoutDomainThenStartupFailsNamingIt() {
        assertFails("calls.jitsi.domain is required", "calls.jitsi.provider=self-hosted",
                "calls.jitsi.app-id=crm", "calls.jitsi.app-secret=0123456789abcdef0123456789abcdef");
    }

    @Test
    void tokenTtlLongerThanADayThenStartupFailsNamingIt() {
        assertFails("calls.jitsi.token-ttl", "calls.jitsi.provider=self-hosted", "calls.jitsi.domain=meet.example.org",
                "calls.jitsi.app-id=crm", "calls.jitsi.app-secret=0123456789abcdef0123456789abcdef",
                "calls.jitsi.token-ttl=2d");
    }

    @Test
    void basePathWithoutLeadingSlashThenStartupFailsNamingIt() {
        assertFails("calls.base-path must look like /api/calls", "calls.base-path=api/calls");
    }

    @Test
    void roomPrefixWithCapitalsThenStartupFailsNamingIt() {
        assertFails("calls.room-prefix", "calls.room-prefix=Sales_Team");
    }

    @Test
    void presenceTimeoutTooShortThenStartupFailsNamingIt() {
        assertFails("calls.presence-timeout must be at least 10s, was 1s", "calls.presence-timeout=1s");
    }

    @Test
    void maxGroupSizeZeroThenStartupFailsNamingIt() {
        assertFails("calls.max-group-size must be between 1 and 1000, was 0", "calls.max-group-size=0");
    }

    @Test
    void unknownSchemaModeThenStartupFailsNamingIt() {
        assertFails("calls.schema.initialize", "calls.schema.initialize=sometimes");
    }

    @Test
    void heartbeatIntervalTooShortThenStartupFailsNamingIt() {
        assertFails("calls.servlet.heartbeat-interval must be at least 10ms, was 5ms",
                "calls.servlet.heartbeat-interval=5ms");
    }

    @Test
    void sweepIntervalTooShortThenStartupFailsNamingIt() {
        assertFails("calls.sweep-interval must be between 100ms and 10m, was 10ms", "calls.sweep-interval=10ms");
    }

    @Test
    void presenceFlushIntervalTooLongThenStartupFailsNamingIt() {
        assertFails("calls.presence-flush-interval must be between 100ms and 10m, was 1h",
                "calls.presence-flush-interval=1h");
    }

    @Test
    void meetingJoinWindowTooLongThenStartupFailsNamingIt() {
        assertFails("calls.meetings.join-early must be between 0s and 1d, was 2d", "calls.meetings.join-early=2d");
    }

    @Test
    void maxStreamsPerUserZeroThenStartupFailsNamingIt() {
        assertFails("calls.servlet.max-streams-per-user must be at least 1, was 0",
                "calls.servlet.max-streams-per-user=0");
    }

    @Test
    void publicBaseUrlNotAbsoluteThenStartupFailsNamingIt() {
        assertFails("calls.public-base-url must be an absolute http(s) URL", "calls.public-base-url=app.example.com");
    }

    @Test
    void pushUrlWithoutSecretThenStartupFailsNamingIt() {
        assertFails("calls.push.secret is required with calls.push.url", "calls.push.url=https://push.example.com");
    }

    @Test
    void mailHostWithoutSenderOrPortOutOfRangeThenStartupFailsNamingIt() {
        assertFails("calls.mail.from is required with calls.mail.host", "calls.mail.host=smtp.example.org");
        assertFails("calls.mail.port must be between 1 and 65535, was 70000", "calls.mail.port=70000");
        assertFails("calls.mail.password is required with calls.mail.username", "calls.mail.username=calls");
    }

    @Test
    void failureOnAPropertyThenItIsTheBindingErrorOfThatField() {
        runner.withPropertyValues("calls.max-group-size=0").run(context -> assertThat(messages(context))
                .contains("on field 'maxGroupSize': rejected value [0]"));
    }

    @Test
    void shortPushSecretOrPrivateKeyTextThenTheValueIsNotEchoed() {
        runner.withPropertyValues("calls.push.url=https://push.example.com", "calls.push.secret=short-secret-x")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("calls.push").doesNotContain("short-secret-x");
                });
        runner.withPropertyValues("calls.jitsi.provider=jaas", "calls.jitsi.app-id=vpaas-magic-cookie-abc",
                "calls.jitsi.key-id=4f4910", "calls.jitsi.private-key=not-a-key-but-a-secret-value").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("calls.jitsi.private-key")
                            .doesNotContain("not-a-key-but-a-secret-value");
                });
    }

    @Test
    void secretsNeverAppearInTheFailure() {
        runner.withPropertyValues("calls.jitsi.provider=jaas", "calls.jitsi.app-id=vpaas-magic-cookie-abc",
                "calls.jitsi.app-secret=top-secret-value-0123456789abcdef").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("calls.jitsi.app-secret")
                            .doesNotContain("top-secret-value-0123456789abcdef");
                });
    }

    private void assertFails(String expected, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains(expected);
        });
    }

    /** Every message along the failure's cause chain, as the start-up report shows them. */
    private static String messages(AssertableApplicationContext context) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return String.join("\n", messages);
    }
}
