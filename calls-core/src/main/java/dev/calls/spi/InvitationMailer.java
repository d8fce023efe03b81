package dev.calls.spi;

import dev.calls.meeting.Invitation;

/**
 * Sends one invitation e-mail (default: none, and no mail is sent). The {@code calls-mail} module has one on
 * Jakarta Mail. The engine calls it on its own outbox thread, one message at a time, after the meeting change
 * is stored; never on the thread of an API call.
 */
@FunctionalInterface
public interface InvitationMailer {

    /**
     * Delivers the message to the recipient's mail server, or throws. A failure is counted and logged by the
     * engine (without addresses; the exception's message must not hold secrets) and not retried.
     *
     * @throws Exception the message could not be handed over
     */
    void send(Invitation invitation) throws Exception;
}
