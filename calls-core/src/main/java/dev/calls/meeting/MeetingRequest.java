package dev.calls.meeting;

import dev.calls.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * What a host asks for when scheduling a meeting ({@code POST /meetings}); checked by
 * {@link MeetingService#create}. Fields may be null here: the service reports what is missing.
 *
 * @param title shown in invitations; newlines allowed
 * @param startsAt scheduled start
 * @param endsAt scheduled end, after the start
 * @param inviteeIds users of the host's tenant to invite
 * @param type audio or video
 * @param waitingRoom whether guests wait until a host admits them (null: no)
 * @param admitOnHostJoin whether waiting guests are let in once the organizer joins (null: no)
 */
public record MeetingRequest(String title, Instant startsAt, Instant endsAt, List<String> inviteeIds, MediaType type,
        Boolean waitingRoom, Boolean admitOnHostJoin) {

    /** A request for a meeting without a waiting room. */
    public MeetingRequest(String title, Instant startsAt, Instant endsAt, List<String> inviteeIds, MediaType type) {
        this(title, startsAt, endsAt, inviteeIds, type, null, null);
    }
}
