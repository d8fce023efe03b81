package dev.calls.jpa.entity;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.MediaType;
import dev.calls.Participant;
import dev.calls.ParticipantRole;
import dev.calls.ParticipantState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Converts calls to rows of {@code calls_call} and {@code calls_participant} and back. */
public final class CallRows {
    private CallRows() {
    }

    public static CallEntity callRow(Call call) {
        CallEntity row = new CallEntity();
        row.id = call.id().toString();
        row.tenant = call.tenant();
        row.mediaType = call.type().wire();
        row.initiator = call.initiator();
        row.room = call.room();
        row.providerId = call.providerId();
        row.createdAt = call.createdAt().toEpochMilli();
        row.version = call.version();
        row.state = call.state().wire();
        row.answeredAt = Millis.of(call.answeredAt());
        row.endedAt = Millis.of(call.endedAt());
        row.endReason = endReason(call);
        row.deadline = Millis.of(call.deadline());
        row.idleSince = Millis.of(call.idleSince());
        return row;
    }

    /** The stored form of the call's end reason, null while live. */
    public static String endReason(Call call) {
        return call.endReason() == null ? null : call.endReason().code();
    }

    public static List<ParticipantEntity> participantRows(Call call) {
        List<ParticipantEntity> rows = new ArrayList<>();
        for (int i = 0; i < call.participants().size(); i++) {
            ParticipantEntity row = new ParticipantEntity();
            row.callId = call.id().toString();
            row.userId = call.participants().get(i).userId();
            row.tenant = call.tenant();
            row.callCreatedAt = call.createdAt().toEpochMilli();
            copy(call, i, row);
            rows.add(row);
        }
        return rows;
    }

    /** What {@link #apply} left for the caller: rows to insert and rows to delete. */
    public record Changes(List<ParticipantEntity> added, List<ParticipantEntity> removed) {
    }

    /**
     * Copies the call's participants onto their loaded rows (the provider then writes only the rows that
     * changed) and returns the rows of participants who have none yet and the rows of those no longer in it.
     */
    public static Changes apply(Call call, List<ParticipantEntity> loaded) {
        Map<String, ParticipantEntity> byUser = new HashMap<>();
        loaded.forEach(row -> byUser.put(row.userId, row));
        List<ParticipantEntity> added = new ArrayList<>();
        List<ParticipantEntity> all = participantRows(call);
        for (int i = 0; i < all.size(); i++) {
            ParticipantEntity row = byUser.remove(all.get(i).userId);
            if (row == null) {
                added.add(all.get(i));
            } else {
                row.tenant = call.tenant();
                row.callCreatedAt = call.createdAt().toEpochMilli();
                copy(call, i, row);
            }
        }
        return new Changes(added, List.copyOf(byUser.values()));
    }

    private static void copy(Call call, int index, ParticipantEntity row) {
        Participant p = call.participants().get(index);
        row.listIndex = index;
        row.callLive = !call.state().isTerminal();
        row.name = p.name();
        row.role = p.role().wire();
        row.state = p.state().wire();
        row.audioMuted = p.audioMuted();
        row.videoMuted = p.videoMuted();
        row.connectionQuality = p.connectionQuality();
        row.inRoom = p.inRoom();
        row.invitedAt = Millis.of(p.invitedAt());
        row.joinedAt = Millis.of(p.joinedAt());
        row.leftAt = Millis.of(p.leftAt());
    }

    /** The call from its row and its participants' rows (in any order). */
    public static Call call(CallEntity row, List<ParticipantEntity> rows) {
        List<ParticipantEntity> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> r.listIndex));
        List<Participant> participants = sorted.stream().map(CallRows::participant).toList();
        return new Call(UUID.fromString(row.id), row.tenant, MediaType.fromWire(row.mediaType), row.initiator,
                participants, row.room, row.providerId, CallState.fromWire(row.state), Millis.instant(row.createdAt),
                Millis.instant(row.answeredAt), Millis.instant(row.endedAt),
                row.endReason == null ? null : EndReason.fromCode(row.endReason), Millis.instant(row.deadline),
                Millis.instant(row.idleSince), row.version);
    }

    private static Participant participant(ParticipantEntity r) {
        return new Participant(r.userId, r.name, ParticipantRole.fromWire(r.role), ParticipantState.fromWire(r.state),
                r.audioMuted, r.videoMuted, r.connectionQuality, r.inRoom, Millis.instant(r.invitedAt),
                Millis.instant(r.joinedAt), Millis.instant(r.leftAt));
    }

    /** The call id of a participant row. */
    public static String callId(ParticipantEntity row) {
        return row.callId;
    }

    /** The id of a call row. */
    public static String id(CallEntity row) {
        return row.id;
    }
}
