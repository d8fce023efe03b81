package dev.calls.webhook;

import dev.calls.Call;
import dev.calls.spi.MediaServerReport;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a media server reports about the rooms of calls, applied to the calls: who entered or left a room, that
 * a room is gone, and uploads (recordings, transcripts) for the host. The webhook receivers of this package
 * use it; so can a host that receives its media server's reports some other way. Reach it through
 * {@link dev.calls.Calls#mediaServer()}. Thread-safe; every report is idempotent.
 */
public interface MediaServerReports {

    /** The call using this media room, if any; room names are compared in lower case, as Jitsi writes them. */
    Optional<Call> callInRoom(String room);

    /**
     * The media server saw {@code userId} enter ({@code inRoom}) or leave the call's room at {@code at} (null:
     * now). An active call whose room stays empty ends as idle when an idle timeout is configured.
     *
     * @return the call afterwards, or null when it had already ended
     */
    Call roomPresence(UUID callId, String userId, boolean inRoom, Instant at);

    /**
     * The call's room was destroyed at {@code at} (null: now): an active call is over, with its real duration; a
     * ringing one is cancelled. Either way the reason is {@code room_destroyed}.
     *
     * @return the call afterwards, or null when it had already ended
     */
    Call roomDestroyed(UUID callId, Instant at);

    /** Hands a report (a recording, a transcript…) to every {@link dev.calls.spi.CallListener}; a failing one is logged. */
    void report(MediaServerReport report);
}
