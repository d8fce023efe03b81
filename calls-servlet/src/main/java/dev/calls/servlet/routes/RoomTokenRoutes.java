package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.RoomTokenBody;
import dev.calls.servlet.json.request.RoomTokenRequest;
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

    /** A {@link RoomTokenRequest}. */
    private Reply token(ApiRequest r) throws IOException {
        RoomTokenRequest body = r.body(RoomTokenRequest.class);
        return Reply.json(RoomTokenBody.of(calls.roomTokens().generate(r.user(), body.toRoomToken())));
    }
}
