package dev.calls.meeting;

/**
 * What the invitation outbox has done since the engine started.
 *
 * @param sent messages the mailer accepted
 * @param failed messages the mailer failed to send (each logged, without addresses or secrets)
 * @param dropped messages never tried because the outbox was full or closed
 */
public record InvitationCounts(long sent, long failed, long dropped) {
}
