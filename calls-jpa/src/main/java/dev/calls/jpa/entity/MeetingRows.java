package dev.calls.jpa.entity;

import dev.calls.MediaType;
import dev.calls.meeting.Meeting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Converts meetings to rows of {@code calls_meeting} and {@code calls_meeting_invitee} and back. */
public final class MeetingRows {
    private MeetingRows() {
    }

    public static MeetingEntity row(Meeting m) {
        MeetingEntity row = new MeetingEntity();
        row.id = m.id().toString();
        row.tenant = m.tenant();
        row.title = m.title();
        row.host = m.host();
        row.mediaType = m.type().wire();
        row.startsAt = m.startsAt().toEpochMilli();
        row.endsAt = m.endsAt().toEpochMilli();
        row.room = m.room();
        row.providerId = m.providerId();
        row.createdAt = m.createdAt().toEpochMilli();
        row.version = m.version();
        row.waitingRoom = m.waitingRoom();
        row.admitOnHostJoin = m.admitOnHostJoin();
        row.hostJoinedAt = m.hostJoinedAt() == null ? null : m.hostJoinedAt().toEpochMilli();
        return row;
    }

    public static List<MeetingInviteeEntity> invitees(Meeting m) {
        List<MeetingInviteeEntity> rows = new ArrayList<>();
        for (int i = 0; i < m.inviteeIds().size(); i++) {
            MeetingInviteeEntity row = new MeetingInviteeEntity();
            row.meetingId = m.id().toString();
            row.listIndex = i;
            row.tenant = m.tenant();
            row.userId = m.inviteeIds().get(i);
            rows.add(row);
        }
        return rows;
    }

    /** The meeting from its row and its invitees' rows (in any order). */
    public static Meeting meeting(MeetingEntity row, List<MeetingInviteeEntity> invitees) {
        List<String> ids = invitees.stream()
                .sorted(Comparator.comparingInt(i -> i.listIndex))
                .map(i -> i.userId)
                .toList();
        return new Meeting(UUID.fromString(row.id), row.tenant, row.title, row.host, ids,
                MediaType.fromWire(row.mediaType), Millis.instant(row.startsAt), Millis.instant(row.endsAt), row.room,
                row.providerId, Millis.instant(row.createdAt), row.version, row.waitingRoom, row.admitOnHostJoin,
                row.hostJoinedAt == null ? null : Millis.instant(row.hostJoinedAt));
    }

    /** The meeting id an invitee row belongs to. */
    public static String meetingId(MeetingInviteeEntity row) {
        return row.meetingId;
    }

    /** The id of a meeting row. */
    public static String id(MeetingEntity row) {
        return row.id;
    }
}
