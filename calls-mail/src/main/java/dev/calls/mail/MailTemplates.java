package dev.calls.mail;

import java.util.Objects;

/**
 * The texts of invitations and cancellations. Start from {@link #defaults()} (English) and replace either.
 *
 * @param request the message for a new or changed meeting
 * @param cancel the message for a cancelled meeting, or to someone no longer invited
 */
public record MailTemplates(MailTemplate request, MailTemplate cancel) {

    public MailTemplates {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(cancel, "cancel");
    }

    /** Plain English texts with the title, the time in UTC, the time zone note and the link. */
    public static MailTemplates defaults() {
        return new MailTemplates(new MailTemplate("Invitation: {title} ({when})", """
                Hello {recipient},

                {organizer} invites you to a {media} meeting.

                {title}
                When: {when}
                {timeZoneNote}

                Join the meeting: {link}

                The invitation is attached: add it to your calendar to keep the time.
                """, """
                <!DOCTYPE html>
                <html><body style="font-family: sans-serif; line-height: 1.4">
                <p>Hello {recipient},</p>
                <p>{organizer} invites you to a {media} meeting.</p>
                <p><strong>{title}</strong><br>When: {when}<br><small>{timeZoneNote}</small></p>
                <p><a href="{link}">Join the meeting</a><br><small>{link}</small></p>
                <p>The invitation is attached: add it to your calendar to keep the time.</p>
                </body></html>
                """), new MailTemplate("Cancelled: {title} ({when})", """
                Hello {recipient},

                The {media} meeting below has been cancelled by {organizer}, or you are no longer invited to it.

                {title}
                When: {when}
                {timeZoneNote}

                The attached cancellation removes it from your calendar.
                """, """
                <!DOCTYPE html>
                <html><body style="font-family: sans-serif; line-height: 1.4">
                <p>Hello {recipient},</p>
                <p>The {media} meeting below has been cancelled by {organizer}, or you are no longer invited to it.</p>
                <p><strong><s>{title}</s></strong><br>When: {when}<br><small>{timeZoneNote}</small></p>
                <p>The attached cancellation removes it from your calendar.</p>
                </body></html>
                """));
    }

    /** These templates with another invitation. */
    public MailTemplates withRequest(MailTemplate request) {
        return new MailTemplates(request, cancel);
    }

    /** These templates with another cancellation. */
    public MailTemplates withCancel(MailTemplate cancel) {
        return new MailTemplates(request, cancel);
    }
}
