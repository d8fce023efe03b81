package dev.calls.webhook;

import java.util.Objects;
import java.util.UUID;

/**
 * What a delivered media-server event did. Every outcome is a success for the sender (answer 2xx, so it
 * stops retrying); a delivery that must be refused is a {@link dev.calls.CallsException} instead.
 *
 * @param outcome applied, a duplicate, or ignored
 * @param eventType the sender's event type, such as {@code PARTICIPANT_JOINED} or {@code muc-occupant-left}
 * @param callId the call it concerned, null if none
 * @param detail why it was ignored ({@code unknown_event_type}, {@code no_call_for_room},
 *     {@code unknown_participant}, {@code out_of_order}, {@code unchanged}, {@code call_ended},
 *     {@code breakout_room}, {@code other_app}, {@code before_answer}), or what was done
 */
public record WebhookResult(Outcome outcome, String eventType, UUID callId, String detail) {

    public WebhookResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /** The three answers to an authentic delivery. */
    public enum Outcome {
        /** The event changed a call or reached the listeners. */
        APPLIED,
        /** The same delivery was seen before; nothing was done again. */
        DUPLICATE,
        /** Authentic, but nothing to do (see {@link WebhookResult#detail()}). */
        IGNORED
    }

    static WebhookResult applied(String type, UUID callId, String detail) {
        return new WebhookResult(Outcome.APPLIED, type, callId, detail);
    }

    static WebhookResult ignored(String type, UUID callId, String detail) {
        return new WebhookResult(Outcome.IGNORED, type, callId, detail);
    }

    static WebhookResult duplicate(String type) {
        return new WebhookResult(Outcome.DUPLICATE, type, null, "duplicate");
    }
}
