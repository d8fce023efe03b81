package dev.calls.mail;

import dev.calls.meeting.Invitation;
import dev.calls.spi.InvitationMailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The {@link InvitationMailer} on Jakarta Mail: each {@link Invitation} as one multipart message
 * ({@link InvitationMessage}) from the configured sender. Either over its own SMTP session
 * ({@link #smtp(MailSettings, MailTemplates)}) or through a sender the host already has, such as Spring's
 * {@code JavaMailSender} ({@link #using}). Thread-safe.
 */
public final class SmtpInvitationMailer implements InvitationMailer {
    /** Connect, read and write time-outs, so a dead server cannot hold the outbox thread. */
    static final String TIMEOUT_MILLIS = "10000";

    /** Hands a finished message to a mail server. */
    @FunctionalInterface
    public interface MessageSender {
        /** Sends the message; throws if the server did not take it. */
        void send(MimeMessage message) throws Exception;
    }

    private final Supplier<MimeMessage> newMessage;
    private final MessageSender sender;
    private final InternetAddress from;
    private final MailTemplates templates;
    private final String description;

    private SmtpInvitationMailer(Supplier<MimeMessage> newMessage, MessageSender sender, InternetAddress from,
            MailTemplates templates, String description) {
        this.newMessage = Objects.requireNonNull(newMessage, "newMessage");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.from = Objects.requireNonNull(from, "from");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.description = description;
    }

    /** A mailer with its own SMTP session on {@code settings}. */
    public static SmtpInvitationMailer smtp(MailSettings settings, MailTemplates templates) {
        Objects.requireNonNull(settings, "settings");
        Session session = Session.getInstance(properties(settings));
        MessageSender send = settings.username() == null ? Transport::send
                : message -> Transport.send(message, settings.username(), settings.password());
        return new SmtpInvitationMailer(() -> new MimeMessage(session), send, MailSettings.sender(settings.from()),
                templates, "smtp://" + settings.host() + ":" + settings.port()
                + (settings.starttls() ? " (STARTTLS)" : ""));
    }

    /**
     * A mailer on a sender the host already has: {@code newMessage} makes an empty message of its session,
     * {@code sender} sends it. With Spring: {@code using(javaMailSender::createMimeMessage, javaMailSender::send,
     * "Calls <calls@example.org>", templates)}.
     */
    public static SmtpInvitationMailer using(Supplier<MimeMessage> newMessage, MessageSender sender, String from,
            MailTemplates templates) {
        return new SmtpInvitationMailer(newMessage, sender, MailSettings.sender(from), templates, "the host's sender");
    }

    /** The session properties for {@code settings}: STARTTLS required when asked for, time-outs always. */
    static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        // Message-IDs in the sender's domain rather than @localhost
        p.setProperty("mail.from", MailSettings.sender(settings.from()).getAddress());
        return p;
    }

    @Override
    public void send(Invitation invitation) throws Exception {
        MimeMessage message = InvitationMessage.write(newMessage.get(), invitation, from, templates);
        try {
            sender.send(message);
        } catch (MessagingException e) {
            // the server's reply only: a cause may carry the session's settings
            throw new MessagingException(e.getMessage());
        }
    }

    /** Where mail goes and from whom; never a password. */
    @Override
    public String toString() {
        return "SmtpInvitationMailer[" + description + ", from=" + from + "]";
    }
}
