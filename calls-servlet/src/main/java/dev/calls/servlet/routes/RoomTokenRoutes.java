package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.meeting.RoomTokenRequest;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.JsonFields;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.RoomTokenBody;
import java.io.IOException;

/**
 * {@code POST /rooms/token}: a token for one of the host application's own rooms (seed 003's
 * generate-token), as the engine's {@link dev.calls.spi.RoomAccessPolicy} allows; denied by default. Who
 * the user is and whether they moderate never come from the body (seed 003 sends {@code userName},
 * {@code isModerator} and the like; they are ignored).
 */
public final class RoomTokenRoutes {
    private final Calls calls;

    public RoomTokenRoutes(Calls calls) {
        this.calls = calls;
    }

    public void register(Router router) {
        router.post("/rooms/token", this::token);
    }

    /** {@code {"roomName":"team-standup","type":"video"}}. */
    private Reply token(ApiRequest r) throws IOException {
        JsonFields body = new JsonFields(r.body());
        String room = body.text(64, "roomName", "room_name");
        if (room == null) {
            throw ProblemException.invalid("roomName is required");
        }
        String type = body.text(16, "type", "callType", "call_type");
        MediaType media;
        try {
            media = type == null ? null : MediaType.fromWire(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type must be audio or video");
        }
        return Reply.json(RoomTokenBody.of(calls.roomTokens().generate(r.user(), new RoomTokenRequest(room, media))));
    }
}
