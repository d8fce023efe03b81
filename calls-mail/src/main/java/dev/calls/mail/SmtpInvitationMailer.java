package dev.calls.mail;

import dev.calls.meeting.Invitation;
import dev.calls.spi.InvitationMailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        } catch (Exception e) {
            // Neither the cause nor its message: a refusal quotes the recipient ("550 5.1.1 <bob@example.org>"),
            // also when it comes wrapped by the host's sender (Spring's MailSendException), and a cause may carry
            // the session's settings. The SMTP code is what an operator needs; addresses stay out of logs.
            throw new MessagingException("the mail server did not take the invitation ("
                    + returnCode(e).map(code -> "SMTP " + code).orElse(e.getClass().getSimpleName()) + ")");
        }
    }

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|[\\s:])([245]\\d\\d)[ -]");

    /** The SMTP reply code of the failure or of one of its causes, if it says one. */
    static Optional<Integer> returnCode(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty() && seen.size() < 20) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            // Angus Mail's SMTPSendFailedException, SMTPAddressFailedException and SMTPSenderFailedException
            try {
                Object code = t.getClass().getMethod("getReturnCode").invoke(t);
                if (code instanceof Integer c && c >= 200 && c < 600) {
                    return Optional.of(c);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not one of those
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
        }
        // a sender that wraps the failure in text only (Spring's "Failed messages: …SMTPSendFailedException: 550 …")
        Matcher m = REPLY_CODE.matcher(String.valueOf(failure.getMessage()));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Where mail goes and from whom; never a password. */
    @Override
    public String toString() {
        return "SmtpInvitationMailer[" + description + ", from=" + from + "]";
    }
}
