package dev.calls.mail.testing;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;

/**
 * A received invitation taken apart: headers, the MIME tree ({@code mixed} → {@code alternative} of text, HTML and
 * calendar, then the attachment), and the calendar parsed by ical4j.
 *
 * @param subject the decoded subject
 * @param from the sender's address
 * @param to the recipients' addresses
 * @param rawSource the message as the server stored it (headers and encoded body)
 * @param type the top-level content type
 * @param alternativeTypes the content types inside multipart/alternative, in order
 * @param text the text/plain body
 * @param html the text/html body
 * @param calendarType the content type of the inline calendar part
 * @param calendar the inline calendar's text
 * @param attachmentType the content type of the attachment
 * @param attachmentName the attachment's file name
 * @param attachmentDisposition the attachment's disposition
 * @param attachment the attachment's text
 */
public record ReceivedMail(String subject, String from, List<String> to, String rawSource, String type,
        List<String> alternativeTypes, String text, String html, String calendarType, String calendar,
        String attachmentType, String attachmentName, String attachmentDisposition, String attachment) {

    static ReceivedMail of(MimeMessage m) {
        try {
            Multipart mixed = (Multipart) m.getContent();
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            List<String> types = new ArrayList<>();
            String text = null;
            String html = null;
            String calendarType = null;
            String calendar = null;
            for (int i = 0; i < alternative.getCount(); i++) {
                BodyPart p = alternative.getBodyPart(i);
                types.add(p.getContentType());
                if (p.isMimeType("text/plain")) {
                    text = read(p);
                } else if (p.isMimeType("text/html")) {
                    html = read(p);
                } else if (p.isMimeType("text/calendar")) {
                    calendarType = p.getContentType();
                    calendar = read(p);
                }
            }
            BodyPart attached = mixed.getCount() > 1 ? mixed.getBodyPart(1) : null;
            List<String> to = new ArrayList<>();
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                to.add(((InternetAddress) a).getAddress());
            }
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            m.writeTo(raw);
            return new ReceivedMail(m.getSubject(), ((InternetAddress) m.getFrom()[0]).getAddress(), to,
                    raw.toString(StandardCharsets.UTF_8), m.getContentType(), types, text, html, calendarType,
                    calendar, attached == null ? null : attached.getContentType(),
                    attached == null ? null : attached.getFileName(),
                    attached == null ? null : attached.getDisposition(), attached == null ? null : read(attached));
        } catch (MessagingException | IOException | ClassCastException e) {
            throw new AssertionError("not an invitation's structure: " + e, e);
        }
    }

    private static String read(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The inline calendar, parsed by ical4j. */
    public Calendar parsedCalendar() {
        try {
            return new CalendarBuilder().build(new StringReader(calendar));
        } catch (IOException | net.fortuna.ical4j.data.ParserException e) {
            throw new AssertionError("calendar does not parse: " + e, e);
        }
    }

    /** The calendar's METHOD. */
    public String method() {
        return parsedCalendar().<Property>getProperty(Property.METHOD).orElseThrow().getValue();
    }

    /** The one VEVENT. */
    public VEvent event() {
        return parsedCalendar().<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    /** A property of the VEVENT, such as UID or SEQUENCE. */
    public String eventValue(String property) {
        return event().<Property>getProperty(property).orElseThrow().getValue();
    }

    /** DTSTART as an instant. */
    public Instant start() {
        return Instant.from(event().getStartDate().orElseThrow().getDate());
    }

    /** The ATTENDEE addresses ({@code mailto:…}). */
    public List<String> attendees() {
        List<Attendee> attendees = event().getProperties(Property.ATTENDEE);
        return attendees.stream().map(a -> a.getCalAddress().toString()).toList();
    }

    /** Whether ical4j finds the calendar valid. */
    public boolean calendarValid() {
        return !parsedCalendar().validate().hasErrors();
    }

    @Override
    public String toString() {
        return "ReceivedMail[" + subject + " to " + to + "]";
    }
}
