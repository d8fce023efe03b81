package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.MediaUpdate;
import dev.calls.UserRef;
import dev.calls.history.HistoryPage;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.JsonFields;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.QueryParams;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.CallBody;
import dev.calls.servlet.json.HistoryRowBody;
import dev.calls.servlet.json.JoinBody;
import dev.calls.servlet.json.PageBody;
import dev.calls.servlet.json.RingStateBody;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Starting calls, acting on them, and reading them: {@code /}, {@code /{id}/…}, {@code /active}, {@code /history}. */
public final class CallRoutes {
    private final Calls calls;

    public CallRoutes(Calls calls) {
        this.calls = calls;
    }

    /** An action on a call by its acting user. */
    @FunctionalInterface
    private interface Action {
        Call apply(UUID callId, UserRef user);
    }

    public void register(Router router) {
        router.post("/", this::start);
        router.get("/active", this::active);
        router.get("/history", this::history);
        router.get("/{id}", r -> Reply.json(CallBody.of(calls.get(r.callId(), r.user()))));
        router.post("/{id}/acknowledge", r -> act(r, calls::acknowledge));
        router.post("/{id}/accept", r -> act(r, calls::accept));
        router.post("/{id}/decline", r -> act(r, calls::decline));
        router.post("/{id}/cancel", r -> act(r, calls::cancel));
        router.post("/{id}/leave", r -> act(r, calls::leave));
        router.post("/{id}/end", r -> act(r, calls::end));
        router.post("/{id}/media", this::media);
        router.post("/{id}/ring", this::ring);
        router.post("/{id}/room", this::room);
        router.post("/{id}/fail", r -> act(r, calls::fail));
        router.get("/{id}/join", r -> Reply.json(JoinBody.of(calls.join(r.callId(), r.user()))));
        router.get("/{id}/ring-state", r -> Reply.json(RingStateBody.of(calls.ringState(r.callId(), r.user()))));
    }

    /**
     * {@code {"recipientIds":["42"],"type":"video"}}; also the seeds' {@code recipient_id} and {@code call_type}.
     * 201 with the call and the caller's join information; 200 when the recipient was calling the caller at
     * that moment and this request answered that call instead.
     */
    private Reply start(ApiRequest r) throws IOException {
        JsonFields body = new JsonFields(r.body());
        List<String> recipients = body.ids("recipientIds");
        if (recipients == null) {
            String one = body.id("recipientId", "recipient_id");
            recipients = one == null ? null : List.of(one);
        }
        if (recipients == null || recipients.isEmpty()) {
            throw ProblemException.invalid("recipientIds must name at least one user");
        }
        MediaType type = mediaType(body.text(16, "type", "call_type"));
        Call call = calls.start(r.user(), recipients, type);
        JoinInfo join = calls.join(call.id(), r.user());
        ObjectNode json = r.mapper().valueToTree(CallBody.of(call));
        json.set("join", r.mapper().valueToTree(JoinBody.of(join)));
        boolean answeredTheirs = !call.isInitiator(r.user().userId());
        return Reply.json(answeredTheirs ? 200 : 201, json).header("Location", r.apiBase() + "/" + call.id());
    }

    private static MediaType mediaType(String value) {
        if (value == null) {
            return MediaType.VIDEO;
        }
        try {
            return MediaType.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type must be audio or video");
        }
    }

    private Reply act(ApiRequest r, Action action) throws IOException {
        UUID id = r.callId();
        r.optionalBody(); // a body is optional, but one that is there must be valid JSON
        return Reply.json(CallBody.of(action.apply(id, r.user())));
    }

    /** {@code {"audioMuted":true,"videoMuted":false,"connectionQuality":"good"}}; absent fields stay as they were. */
    private Reply media(ApiRequest r) throws IOException {
        UUID id = r.callId();
        JsonFields body = new JsonFields(r.body());
        Boolean audio = body.bool("audioMuted", "audio_muted");
        Boolean video = body.bool("videoMuted", "video_muted");
        String quality = body.text(32, "connectionQuality", "connection_quality");
        if (audio == null && video == null && quality == null) {
            throw ProblemException.invalid("give audioMuted, videoMuted or connectionQuality");
        }
        return Reply.json(CallBody.of(calls.updateMedia(id, r.user(), new MediaUpdate(audio, video, quality))));
    }

    /** {@code {"userId":"42"}}: ring one invitee again. */
    private Reply ring(ApiRequest r) throws IOException {
        UUID id = r.callId();
        String invitee = new JsonFields(r.body()).id("userId", "user_id");
        if (invitee == null) {
            throw ProblemException.invalid("userId is required");
        }
        return Reply.json(CallBody.of(calls.ringAgain(id, r.user(), invitee)));
    }

    /** {@code {"inRoom":true}}: the caller's own browser entered (or left) the media room. */
    private Reply room(ApiRequest r) throws IOException {
        UUID id = r.callId();
        Boolean inRoom = new JsonFields(r.body()).bool("inRoom", "in_room");
        if (inRoom == null) {
            throw ProblemException.invalid("inRoom is required (true or false)");
        }
        return Reply.json(CallBody.of(calls.reportInRoom(id, r.user(), inRoom)));
    }

    private Reply active(ApiRequest r) {
        return Reply.json(Map.of("items", calls.activeCalls(r.user()).stream().map(CallBody::of).toList()));
    }

    /** {@code ?limit=&cursor=&missed=&since=}, newest first. */
    private Reply history(ApiRequest r) {
        QueryParams q = r.query();
        int limit = q.integer("limit", 20, 1, 200);
        HistoryPage page = calls.history(r.user(), q.bool("missed", false), q.instant("since"),
                q.text("cursor", 512), limit);
        return Reply.json(new PageBody<>(page.items().stream().map(HistoryRowBody::of).toList(), page.nextCursor()));
    }
}
