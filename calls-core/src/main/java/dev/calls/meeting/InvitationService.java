package dev.calls.meeting;

/**
 * E-mailed invitations, sent in the background by the engine's {@link dev.calls.spi.InvitationMailer}. The
 * engine mails a meeting's invitees by itself when the meeting is created, changed or cancelled; other features
 * (such as guest passes) queue their own {@link Invitation}s here. Sending never blocks the caller and never
 * fails it: a full queue drops the message, a failed send is logged; both are counted. Reach it through
 * {@link dev.calls.Calls#invitations()}. Thread-safe.
 */
public interface InvitationService {

    /** Whether a mailer is configured; without one, {@link #send} drops nothing and sends nothing. */
    boolean enabled();

    /**
     * Queues one message. Returns at once.
     *
     * @return false if it was not queued: no mailer, or the queue is full or closed (then counted as dropped)
     */
    boolean send(Invitation invitation);

    /** Sent, failed and dropped messages so far. */
    InvitationCounts counts();
}
