package dev.calls.mail;

import dev.calls.meeting.Invitation;
import dev.calls.meeting.Meeting;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link Invitation} into a MIME message the way calendar programs recognise it:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8
 *     text/html; charset=UTF-8
 *     text/calendar; method=REQUEST|CANCEL; charset=UTF-8     (what Outlook and Gmail act on)
 *   application/ics; name="invite.ics"  (attachment, for everyone else)
 * </pre>
 * Times are written in UTC with a note saying so; the calendar object carries them for each reader's own zone.
 */
public final class InvitationMessage {
    /** The attachment's file name. */
    public static final String ATTACHMENT = "invite.ics";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String ZONE_NOTE = "Times are in UTC (Coordinated Universal Time); the attached "
            + "invitation shows them in your own time zone.";

    private InvitationMessage() {
    }

    /** Fills {@code message} (from a session or a framework's sender) with the invitation. */
    public static MimeMessage write(MimeMessage message, Invitation invitation, InternetAddress from,
            MailTemplates templates) throws MessagingException {
        MailTemplate template = invitation.method() == Invitation.Method.CANCEL ? templates.cancel()
                : templates.request();
        Map<String, String> values = values(invitation);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, address(invitation));
        message.setSubject(template.subject(values), "UTF-8");
        message.setSentDate(new Date());
        // an automatic message: no out-of-office replies to the sender (RFC 3834)
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(template.text(values), "text/plain; charset=UTF-8"));
        alternative.addBodyPart(part(template.html(values), "text/html; charset=UTF-8"));
        alternative.addBodyPart(part(invitation.ics(), calendarType(invitation)));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(invitation.ics().getBytes(StandardCharsets.UTF_8), "application/ics; name=\"" + ATTACHMENT + "\"");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "base64");

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /** {@code text/calendar; method=REQUEST; charset=UTF-8} (or CANCEL). */
    static String calendarType(Invitation invitation) {
        return "text/calendar; method=" + invitation.method().ics() + "; charset=UTF-8";
    }

    /** The time of the meeting in UTC: the day and start, and the end (with its day if it is another). */
    static String when(Meeting m) {
        boolean sameDay = m.startsAt().atOffset(ZoneOffset.UTC).toLocalDate()
                .equals(m.endsAt().atOffset(ZoneOffset.UTC).toLocalDate());
        return DAY.format(m.startsAt()) + " – " + (sameDay ? TIME : DAY).format(m.endsAt()) + " UTC";
    }

    private static Map<String, String> values(Invitation i) {
        Meeting m = i.meeting();
        return Map.of("recipient", i.recipientName(), "organizer", i.organizerName(), "title", m.title(),
                "when", when(m), "timeZoneNote", ZONE_NOTE, "media", m.type().wire(), "link", i.link());
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, type);
        return part;
    }

    private static InternetAddress address(Invitation i) throws MessagingException {
        try {
            InternetAddress to = new InternetAddress(i.recipientEmail(), true);
            to.setPersonal(i.recipientName(), "UTF-8");
            return to;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }
}
