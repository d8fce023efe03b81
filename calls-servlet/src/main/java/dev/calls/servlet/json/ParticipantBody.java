package dev.calls.servlet.json;

import dev.calls.Participant;
import java.time.Instant;

/** A participant as the API shows it. */
public record ParticipantBody(String userId, String name, String role, String state, boolean audioMuted,
        boolean videoMuted, String connectionQuality, boolean inRoom, Instant joinedAt, Instant leftAt) {

    public static ParticipantBody of(Participant p) {
        return new ParticipantBody(p.userId(), p.name(), p.role().wire(), p.state().wire(), p.audioMuted(),
                p.videoMuted(), p.connectionQuality(), p.inRoom(), p.joinedAt(), p.leftAt());
    }
}
