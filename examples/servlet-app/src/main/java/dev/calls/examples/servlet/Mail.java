package dev.calls.examples.servlet;

import dev.calls.mail.MailSettings;
import dev.calls.mail.MailTemplates;
import dev.calls.mail.SmtpInvitationMailer;
import dev.calls.spi.InvitationLinks;
import java.net.URI;
import java.util.function.Supplier;

/**
 * E-mailed meeting invitations: on when {@code calls.mail.host} is set, with {@code calls.mail.port} (587),
 * {@code calls.mail.username}, {@code calls.mail.password}, {@code calls.mail.starttls} ({@code true}) and
 * {@code calls.mail.from}. Each invitee's mail links to the filter's meeting page under
 * {@code calls.public-base-url}, or under this server's own address when that is not set.
 */
final class Mail {
    static final String HOST = "calls.mail.host";

    private Mail() {
    }

    /** The mailer the settings describe, or null when {@code calls.mail.host} is not set. */
    static SmtpInvitationMailer fromSettings(Settings settings) {
        if (settings.get(HOST) == null) {
            return null;
        }
        MailSettings mail = MailSettings.of(settings.get(HOST), settings.get("calls.mail.port"),
                settings.get("calls.mail.username"), settings.get("calls.mail.password"),
                settings.get("calls.mail.starttls"), settings.get("calls.mail.from"));
        return SmtpInvitationMailer.smtp(mail, MailTemplates.defaults());
    }

    /** Links to {@code {base}{apiBase}/embed/meetings/{id}}; the base is read when a mail is written. */
    static InvitationLinks links(Settings settings, String apiBase, Supplier<URI> serverUri) {
        String configured = settings.get(MediaServerHooks.PUBLIC_BASE_URL);
        return (meeting, invitee) -> {
            String base = configured != null ? configured : serverUri.get().toString();
            if (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            return base + apiBase + "/embed/meetings/" + meeting.id();
        };
    }

    /** For the start-up banner. */
    static String describe(SmtpInvitationMailer mailer) {
        return mailer == null ? "off (set calls.mail.host and calls.mail.from to e-mail invitations)"
                : "on, " + mailer;
    }
}
