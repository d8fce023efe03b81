package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.calls.InputLimits;
import dev.calls.MediaType;

/**
 * {@code POST /rooms/token}: {@code {"roomName":"team-standup","type":"video"}}. Who the user is and whether
 * they moderate never come from the body: seed 003's {@code userName}, {@code isModerator} and the like are
 * unknown fields, ignored.
 *
 * @param roomName required, at most {@link InputLimits#MAX_ROOM_NAME_LENGTH} characters (also {@code room_name});
 *        the engine checks its alphabet
 * @param type {@code audio} or {@code video}, or absent for the policy's choice (also {@code callType},
 *        {@code call_type})
 */
public record RoomTokenRequest(@JsonAlias("room_name") String roomName,
        @JsonAlias({"callType", "call_type"}) String type) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.require(roomName != null, "roomName is required");
        rules.text("roomName", roomName, InputLimits.MAX_ROOM_NAME_LENGTH);
        rules.mediaType("type", type);
    }

    /** What the engine is asked for. */
    public dev.calls.meeting.RoomTokenRequest toRoomToken() {
        return new dev.calls.meeting.RoomTokenRequest(roomName, type == null ? null : MediaType.fromWire(type));
    }
}
