package dev.calls.servlet.json;

import dev.calls.Call;
import dev.calls.history.HistoryEntry;
import java.time.Instant;
import java.util.List;

/**
 * One row of a user's history: the call's fields, plus how it went for this user. {@code durationSeconds}
 * is the talk time (so far, for a live call).
 */
public record HistoryRowBody(String id, String type, String state, String endReason, String initiator,
        List<ParticipantBody> participants, String room, Instant createdAt, Instant answeredAt, Instant endedAt,
        long durationSeconds, String direction, String outcome, List<String> counterparts) {

    public static HistoryRowBody of(HistoryEntry e) {
        Call c = e.call();
        return new HistoryRowBody(c.id().toString(), c.type().wire(), c.state().wire(),
                c.endReason() == null ? null : c.endReason().code(), c.initiator(),
                c.participants().stream().map(ParticipantBody::of).toList(), c.room(), c.createdAt(),
                c.answeredAt(), c.endedAt(), e.duration().toSeconds(), e.direction().wire(), e.outcome().wire(),
                e.counterparts());
    }
}
