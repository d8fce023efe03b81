package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.InputLimits;
import dev.calls.presence.PresencePage;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Ids;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.QueryParams;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.PageBody;
import dev.calls.servlet.json.PresenceBody;
import dev.calls.servlet.json.request.PresenceRequest;
import dev.calls.servlet.json.request.SignOutRequest;
import dev.calls.servlet.sse.StreamHub;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Own presence, heartbeats, who is online, and presence dots for a page of users. */
public final class PresenceRoutes {
    private final Calls calls;
    private final StreamHub hub;

    public PresenceRoutes(Calls calls, StreamHub hub) {
        this.calls = calls;
        this.hub = hub;
    }

    public void register(Router router) {
        router.get("/presence/me", r -> Reply.json(PresenceBody.of(calls.presence().get(r.user()))));
        router.put("/presence/me", this::update);
        router.post("/presence/heartbeat", this::heartbeat);
        router.post("/presence/sign-out", this::signOut);
        router.get("/presence/online", this::online);
        router.get("/presence", this::some);
    }

    /** A {@link PresenceRequest}; absent fields stay as they were. */
    private Reply update(ApiRequest r) throws IOException {
        PresenceRequest body = r.body(PresenceRequest.class);
        return Reply.json(PresenceBody.of(calls.presence().update(r.user(), body.toUpdate())));
    }

    private Reply heartbeat(ApiRequest r) throws IOException {
        r.optionalBody();
        return Reply.json(PresenceBody.of(calls.presence().heartbeat(r.user())));
    }

    /**
     * The host's sign-out: the user shows offline at once instead of when the presence timeout runs out. The
     * signing-out page's stream, named by its key, ends first: an open stream is a sign of life.
     */
    private Reply signOut(ApiRequest r) throws IOException {
        SignOutRequest body = r.optionalBody(SignOutRequest.class);
        if (body != null && body.stream() != null && !body.stream().isBlank()) {
            hub.end(r.user(), body.stream());
        }
        return Reply.json(PresenceBody.of(calls.presence().signOut(r.user())));
    }

    /** {@code ?limit=&cursor=&callable=}: callable users of the caller's tenant by default, all online ones with {@code callable=false}. */
    private Reply online(ApiRequest r) {
        QueryParams q = r.query();
        PresencePage page = calls.presence().online(r.user().tenant(), q.bool("callable", true),
                q.text("cursor", InputLimits.MAX_ID_LENGTH),
                q.integer("limit", InputLimits.DEFAULT_ONLINE_PAGE_SIZE, 1, InputLimits.MAX_PAGE_SIZE));
        return Reply.json(new PageBody<>(page.items().stream().map(PresenceBody::of).toList(), page.nextCursor()));
    }

    /** {@code ?userIds=a,b,c}: presence of up to 200 users of the caller's tenant, in the order asked. */
    private Reply some(ApiRequest r) {
        String raw = r.query().text("userIds", InputLimits.MAX_USER_IDS_PER_LOOKUP * (InputLimits.MAX_ID_LENGTH + 1));
        if (raw == null) {
            throw ProblemException.invalid("userIds is required: a comma-separated list of user ids");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String id = part.trim();
            if (!id.isEmpty()) {
                ids.add(Ids.requireUserId(id, "userIds"));
            }
        }
        if (ids.isEmpty() || ids.size() > InputLimits.MAX_USER_IDS_PER_LOOKUP) {
            throw ProblemException.invalid("userIds must name 1 to " + InputLimits.MAX_USER_IDS_PER_LOOKUP + " users");
        }
        List<PresenceBody> items = calls.presence().get(r.user().tenant(), List.copyOf(ids)).stream()
                .map(PresenceBody::of).toList();
        return Reply.json(Map.of("items", items));
    }
}
