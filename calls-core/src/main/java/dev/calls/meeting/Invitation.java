package dev.calls.meeting;

import java.util.Locale;
import java.util.Objects;

/**
 * One e-mail about a meeting for one recipient: an invitation ({@link Method#REQUEST}) or its withdrawal
 * ({@link Method#CANCEL}), with the personal link the recipient opens and the calendar object to attach. The
 * link never carries a token: whoever opens it signs in (a user) or holds a revocable pass (a guest).
 *
 * @param method whether this invites or cancels
 * @param meeting the meeting, as it is after the change (as it was, for a cancelled one)
 * @param recipientName the recipient's display name
 * @param recipientEmail the recipient's e-mail address
 * @param organizerName the organizer's display name
 * @param link the recipient's personal absolute link to the meeting
 * @param ics the RFC 5545 calendar object ({@link IcsInvite}), whose METHOD matches {@code method}
 */
public record Invitation(Method method, Meeting meeting, String recipientName, String recipientEmail,
        String organizerName, String link, String ics) {

    /** What the message does, as the iTIP method (RFC 5546) of its calendar. */
    public enum Method {
        /** A new or changed meeting: the recipient is (still) invited. */
        REQUEST,
        /** The meeting was cancelled, or the recipient is no longer invited. */
        CANCEL;

        /** The iCalendar METHOD value, {@code REQUEST} or {@code CANCEL}. */
        public String ics() {
            return name();
        }

        /** Lower case, for templates and logs: {@code request}, {@code cancel}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Invitation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(ics, "ics");
        if (recipientName == null || recipientName.isBlank()) {
            recipientName = recipientEmail;
        }
        if (organizerName == null || organizerName.isBlank()) {
            organizerName = meeting.host();
        }
    }

    /** Names the meeting and the method only: addresses are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "Invitation[" + method.wire() + ", meeting=" + meeting.id() + "]";
    }
}
