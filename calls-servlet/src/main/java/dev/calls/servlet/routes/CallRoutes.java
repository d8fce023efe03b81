package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.InputLimits;
import dev.calls.JoinInfo;
import dev.calls.UserRef;
import dev.calls.history.HistoryPage;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.QueryParams;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.CallBody;
import dev.calls.servlet.json.HistoryRowBody;
import dev.calls.servlet.json.JoinBody;
import dev.calls.servlet.json.PageBody;
import dev.calls.servlet.json.RingStateBody;
import dev.calls.servlet.json.request.AcceptRequest;
import dev.calls.servlet.json.request.MediaRequest;
import dev.calls.servlet.json.request.RingAgainRequest;
import dev.calls.servlet.json.request.RoomReportRequest;
import dev.calls.servlet.json.request.StartCallRequest;
import java.io.IOException;
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
        router.post("/{id}/accept", this::accept);
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
     * A {@link StartCallRequest}: 201 with the call and the caller's join information; 200 when the recipient
     * was calling the caller at that moment and this request answered that call instead.
     */
    private Reply start(ApiRequest r) throws IOException {
        StartCallRequest body = r.body(StartCallRequest.class);
        Call call = calls.start(r.user(), body.recipients(), body.mediaType());
        JoinInfo join = calls.join(call.id(), r.user());
        ObjectNode json = r.mapper().valueToTree(CallBody.of(call));
        json.set("join", r.mapper().valueToTree(JoinBody.of(join)));
        boolean answeredTheirs = !call.isInitiator(r.user().userId());
        return Reply.json(answeredTheirs ? 200 : 201, json).header("Location", r.apiBase() + "/" + call.id());
    }

    private Reply act(ApiRequest r, Action action) throws IOException {
        UUID id = r.callId();
        r.optionalBody(); // a body is optional, but one that is there must be valid JSON
        return Reply.json(CallBody.of(action.apply(id, r.user())));
    }

    /** An optional {@link AcceptRequest}: {@code leaveCurrent} leaves the user's current call first. */
    private Reply accept(ApiRequest r) throws IOException {
        UUID id = r.callId();
        AcceptRequest body = r.optionalBody(AcceptRequest.class);
        boolean leaveCurrent = body != null && body.leavesCurrent();
        return Reply.json(CallBody.of(calls.accept(id, r.user(), leaveCurrent)));
    }

    /** A {@link MediaRequest}: absent fields stay as they were. */
    private Reply media(ApiRequest r) throws IOException {
        UUID id = r.callId();
        MediaRequest body = r.body(MediaRequest.class);
        return Reply.json(CallBody.of(calls.updateMedia(id, r.user(), body.toUpdate())));
    }

    /** A {@link RingAgainRequest}: ring one invitee again. */
    private Reply ring(ApiRequest r) throws IOException {
        UUID id = r.callId();
        RingAgainRequest body = r.body(RingAgainRequest.class);
        return Reply.json(CallBody.of(calls.ringAgain(id, r.user(), body.userId())));
    }

    /** A {@link RoomReportRequest}: the caller's own browser entered (or left) the media room. */
    private Reply room(ApiRequest r) throws IOException {
        UUID id = r.callId();
        RoomReportRequest body = r.body(RoomReportRequest.class);
        return Reply.json(CallBody.of(calls.reportInRoom(id, r.user(), body.inRoom())));
    }

    private Reply active(ApiRequest r) {
        return Reply.json(Map.of("items", calls.activeCalls(r.user()).stream().map(CallBody::of).toList()));
    }

    /** {@code ?limit=&cursor=&missed=&since=}, newest first. */
    private Reply history(ApiRequest r) {
        QueryParams q = r.query();
        int limit = q.integer("limit", InputLimits.DEFAULT_HISTORY_PAGE_SIZE, 1, InputLimits.MAX_PAGE_SIZE);
        HistoryPage page = calls.history(r.user(), q.bool("missed", false), q.instant("since"),
                q.text("cursor", InputLimits.MAX_CURSOR_LENGTH), limit);
        return Reply.json(new PageBody<>(page.items().stream().map(HistoryRowBody::of).toList(), page.nextCursor()));
    }
}
