package dev.calls.servlet.json;

import dev.calls.Call;
import java.time.Instant;
import java.util.List;

/** A call as the API shows it: lower-case enum values, ISO-8601 instants, duration once it has ended. */
public record CallBody(String id, String type, String state, String endReason, String initiator,
        List<ParticipantBody> participants, String room, Instant createdAt, Instant answeredAt, Instant endedAt,
        Long durationSeconds) {

    public static CallBody of(Call c) {
        return new CallBody(c.id().toString(), c.type().wire(), c.state().wire(),
                c.endReason() == null ? null : c.endReason().code(), c.initiator(),
                c.participants().stream().map(ParticipantBody::of).toList(), c.room(), c.createdAt(),
                c.answeredAt(), c.endedAt(), c.durationSeconds());
    }
}
