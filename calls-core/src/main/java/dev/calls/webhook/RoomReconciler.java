package dev.calls.webhook;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.Participant;
import dev.calls.spi.MediaServerReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies what a media server saw in a room to the call using that room: who is in it, that it is gone,
 * and uploads to hand to the host. Events may arrive out of order: for each user of each room the latest
 * event time applied is remembered, and an older event for that user is ignored. Thread-safe.
 */
final class RoomReconciler {
    private final MediaServerReports reports;
    private final ExpiringMap<Instant> latest;

    RoomReconciler(Calls calls) {
        this.reports = calls.mediaServer();
        this.latest = new ExpiringMap<>(calls.clock(), Duration.ofHours(24), 100_000);
    }

    /** A user entered ({@code inRoom}) or left the room at {@code at} (null: now). */
    WebhookResult presence(String type, String room, String userId, boolean inRoom, Instant at) {
        Optional<Call> found = find(room);
        if (found.isEmpty()) {
            return WebhookResult.ignored(type, null, "no_call_for_room");
        }
        Call call = found.get();
        if (call.state().isTerminal()) {
            return WebhookResult.ignored(type, call.id(), "call_ended");
        }
        Participant p = userId == null ? null : call.participant(userId).orElse(null);
        if (p == null) {
            return WebhookResult.ignored(type, call.id(), "unknown_participant");
        }
        if (at != null && !isLatest(call.room() + '\u0000' + userId, at)) {
            return WebhookResult.ignored(type, call.id(), "out_of_order");
        }
        if (p.inRoom() == inRoom) {
            return WebhookResult.ignored(type, call.id(), "unchanged");
        }
        Call after = reports.roomPresence(call.id(), userId, inRoom, at);
        return after == null
                ? WebhookResult.ignored(type, call.id(), "call_ended")
                : WebhookResult.applied(type, call.id(), inRoom ? "participant_in_room" : "participant_left_room");
    }

    /** The room was destroyed at {@code at} (null: now): the call in it is over. */
    WebhookResult destroyed(String type, String room, Instant at) {
        Optional<Call> found = find(room);
        if (found.isEmpty()) {
            return WebhookResult.ignored(type, null, "no_call_for_room");
        }
        Call call = found.get();
        if (call.state().isTerminal()) {
            return WebhookResult.ignored(type, call.id(), "call_ended");
        }
        // a room session that ended before the answer (the caller alone in it while ringing, then gone and
        // back) says nothing about the answered call
        Instant answered = call.answeredAt();
        if (at != null && answered != null && at.isBefore(answered)) {
            return WebhookResult.ignored(type, call.id(), "before_answer");
        }
        Call after = reports.roomDestroyed(call.id(), at);
        return after != null && after.state().isTerminal()
                ? WebhookResult.applied(type, call.id(), "call_ended")
                : WebhookResult.ignored(type, call.id(), "call_ended");
    }

    /** Something for the host (a recording, a transcript): handed to every listener. */
    WebhookResult report(String type, String room, Map<String, Object> data) {
        Call call = find(room).orElse(null);
        MediaServerReport report = new MediaServerReport(type, call == null ? null : call.id(), normalize(room), data);
        reports.report(report);
        return WebhookResult.applied(type, report.callId(), "reported");
    }

    private boolean isLatest(String key, Instant at) {
        Instant[] before = new Instant[1];
        latest.compute(key, (k, seen) -> {
            before[0] = seen;
            return seen == null || at.isAfter(seen) ? at : seen;
        });
        return before[0] == null || !at.isBefore(before[0]);
    }

    private Optional<Call> find(String room) {
        return reports.callInRoom(room);
    }

    /** Jitsi lower-cases room names; ours are lower case already. */
    private static String normalize(String room) {
        return room == null ? null : room.toLowerCase(Locale.ROOT);
    }
}
