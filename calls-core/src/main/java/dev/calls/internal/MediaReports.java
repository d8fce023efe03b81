package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.spi.CallListener;
import dev.calls.spi.MediaServerReport;
import dev.calls.webhook.MediaServerReports;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's {@link MediaServerReports}: system actions on the call that uses a room. */
final class MediaReports implements MediaServerReports {
    private static final Logger LOG = LoggerFactory.getLogger(MediaReports.class);

    private final Components c;
    private final CallService calls;

    MediaReports(Components c, CallService calls) {
        this.c = c;
        this.calls = calls;
    }

    @Override
    public Optional<Call> callInRoom(String room) {
        return room == null || room.isBlank() ? Optional.empty()
                : c.callStore().findByRoom(room.toLowerCase(Locale.ROOT));
    }

    @Override
    public Call roomPresence(UUID callId, String userId, boolean inRoom, Instant at) {
        return calls.systemAt(callId, CallAction.ROOM_PRESENCE, new Input.Room(userId, inRoom), at);
    }

    @Override
    public Call roomDestroyed(UUID callId, Instant at) {
        return calls.systemAt(callId, CallAction.ROOM_DESTROYED, Input.None.NONE, at);
    }

    @Override
    public void report(MediaServerReport report) {
        for (CallListener listener : c.listeners()) {
            try {
                listener.onMediaServerReport(report);
            } catch (RuntimeException e) {
                LOG.warn("call listener failed on media-server report {}", report.type(), e);
            }
        }
    }
}
