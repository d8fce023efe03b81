package dev.calls.meeting;

import dev.calls.UserProfile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A meeting as an RFC 5545 calendar object, the way calendar programs exchange invitations (RFC 5546):
 * one VEVENT with its UID, times in UTC, the title, the join link (as URL, in LOCATION and in the
 * DESCRIPTION), the organizer and the attendees (as {@code mailto:} where their e-mail is known;
 * someone without one is left out, as a calendar address must be a URI that reaches them). Lines end in
 * CRLF and are folded at 75 octets.
 */
public final class IcsInvite {
    /** Identifies this library as the calendar's producer. */
    public static final String PRODID = "-//dev.calls//Calls//EN";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsInvite() {
    }

    /** An invitation ({@code METHOD:REQUEST}); its SEQUENCE is the meeting's version. */
    public static String request(Meeting meeting, UserProfile organizer, List<UserProfile> invitees, String joinUrl,
            Instant stamp) {
        return render("REQUEST", "CONFIRMED", meeting.version(), meeting, organizer, invitees, joinUrl, stamp);
    }

    /** The cancellation of an invitation ({@code METHOD:CANCEL}, same UID, a higher SEQUENCE). */
    public static String cancel(Meeting meeting, UserProfile organizer, List<UserProfile> invitees, String joinUrl,
            Instant stamp) {
        return render("CANCEL", "CANCELLED", meeting.version() + 1, meeting, organizer, invitees, joinUrl, stamp);
    }

    /** The UID every version of the meeting's invitation shares. */
    public static String uid(Meeting meeting) {
        return meeting.id() + "@dev.calls";
    }

    private static String render(String method, String status, long sequence, Meeting m, UserProfile organizer,
            List<UserProfile> invitees, String joinUrl, Instant stamp) {
        StringBuilder out = new StringBuilder(1024);
        IcsText.fold("BEGIN:VCALENDAR", out);
        IcsText.fold("VERSION:2.0", out);
        IcsText.fold("PRODID:" + PRODID, out);
        IcsText.fold("CALSCALE:GREGORIAN", out);
        IcsText.fold("METHOD:" + method, out);
        IcsText.fold("BEGIN:VEVENT", out);
        IcsText.fold("UID:" + uid(m), out);
        IcsText.fold("DTSTAMP:" + UTC.format(stamp), out);
        IcsText.fold("DTSTART:" + UTC.format(m.startsAt()), out);
        IcsText.fold("DTEND:" + UTC.format(m.endsAt()), out);
        IcsText.fold("SEQUENCE:" + sequence, out);
        IcsText.fold("STATUS:" + status, out);
        IcsText.fold("SUMMARY:" + IcsText.text(m.title()), out);
        IcsText.fold("DESCRIPTION:" + IcsText.text(m.title() + "\n\nJoin the " + m.type().wire() + " meeting: "
                + joinUrl), out);
        IcsText.fold("LOCATION:" + IcsText.text(joinUrl), out);
        IcsText.fold("URL:" + joinUrl, out);
        String organizerAddress = IcsText.mailto(organizer.email());
        if (organizerAddress != null) {
            String cn = "CN=" + IcsText.param(organizer.name());
            IcsText.fold("ORGANIZER;" + cn + ":" + organizerAddress, out);
            IcsText.fold("ATTENDEE;" + cn + ";CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED:" + organizerAddress, out);
        }
        for (UserProfile invitee : invitees) {
            String address = IcsText.mailto(invitee.email());
            if (address != null) {
                IcsText.fold("ATTENDEE;CN=" + IcsText.param(invitee.name())
                        + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:" + address, out);
            }
        }
        IcsText.fold("END:VEVENT", out);
        IcsText.fold("END:VCALENDAR", out);
        return out.toString();
    }
}
