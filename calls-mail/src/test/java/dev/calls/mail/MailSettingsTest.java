package dev.calls.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.InvalidSettingException;
import org.junit.jupiter.api.Test;

/** The {@code calls.mail.*} settings: defaults, checks naming the setting, a password never shown. */
class MailSettingsTest {

    @Test
    void textSettingsWithoutPortAndStarttlsThenSubmissionPortWithStarttls() {
        MailSettings s = MailSettings.of("smtp.example.org", null, "", null, "", "Calls <calls@example.org>");

        assertThat(s.port()).isEqualTo(587);
        assertThat(s.starttls()).isTrue();
        assertThat(s.username()).isNull();
        assertThat(SmtpInvitationMailer.properties(s)).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "false").containsEntry("mail.smtp.timeout", "10000");
    }

    @Test
    void badValuesThenRefusedNamingTheSetting() {
        assertSetting(() -> MailSettings.of(" ", "25", null, null, "false", "a@example.org"), "calls.mail.host");
        assertSetting(() -> MailSettings.of("h", "smtp", null, null, "false", "a@example.org"), "calls.mail.port");
        assertSetting(() -> MailSettings.of("h", "70000", null, null, "false", "a@example.org"), "calls.mail.port");
        assertSetting(() -> MailSettings.of("h", "25", null, null, "yes", "a@example.org"), "calls.mail.starttls");
        assertSetting(() -> MailSettings.of("h", "25", null, null, "false", null), "calls.mail.from");
        assertSetting(() -> MailSettings.of("h", "25", null, null, "false", "not an address"), "calls.mail.from");
        assertSetting(() -> MailSettings.of("h", "25", "calls", "", "false", "a@example.org"), "calls.mail.password");
    }

    @Test
    void toStringThenNeverThePassword() {
        MailSettings s = MailSettings.of("h", "465", "calls", "hunter2-secret", "true", "a@example.org");

        assertThat(s.toString()).contains("password=***", "username=calls").doesNotContain("hunter2-secret");
    }

    private static void assertSetting(Runnable action, String setting) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.setting()).isEqualTo(setting));
    }
}
