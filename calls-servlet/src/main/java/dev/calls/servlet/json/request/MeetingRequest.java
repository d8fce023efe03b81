package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.calls.InputLimits;
import dev.calls.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /meetings}: {@code {"title","startsAt","endsAt","inviteeIds","type"}}. Only the shapes are checked
 * here; the engine's meeting rules (title required, times in order, invitees known) answer the rest.
 *
 * @param title at most {@link InputLimits#MAX_TITLE_LENGTH} characters here, and the configured maximum in the
 *        engine; may span lines
 * @param startsAt ISO-8601 instant (also {@code starts_at})
 * @param endsAt ISO-8601 instant (also {@code ends_at})
 * @param inviteeIds whom to invite (also {@code invitee_ids})
 * @param type {@code audio} or {@code video}; video when absent
 * @param waitingRoom whether guests wait until a host admits them (also {@code waiting_room}); false when absent
 * @param admitOnHostJoin whether waiting guests are let in once the organizer joins; false when absent
 */
public record MeetingRequest(String title,
        @JsonAlias("starts_at") @JsonDeserialize(using = IsoInstantDeserializer.class) Instant startsAt,
        @JsonAlias("ends_at") @JsonDeserialize(using = IsoInstantDeserializer.class) Instant endsAt,
        @JsonAlias("invitee_ids") @JsonDeserialize(contentUsing = UserIdDeserializer.class) List<String> inviteeIds,
        String type,
        @JsonAlias("waiting_room") Boolean waitingRoom,
        @JsonAlias("admit_on_host_join") Boolean admitOnHostJoin) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.multiline("title", title, InputLimits.MAX_TITLE_LENGTH);
        rules.userIds("inviteeIds", inviteeIds);
        rules.mediaType("type", type);
    }

    /** What the engine is asked to schedule. */
    public dev.calls.meeting.MeetingRequest toMeeting() {
        return new dev.calls.meeting.MeetingRequest(title, startsAt, endsAt, inviteeIds,
                type == null ? MediaType.VIDEO : MediaType.fromWire(type), waitingRoom, admitOnHostJoin);
    }
}
