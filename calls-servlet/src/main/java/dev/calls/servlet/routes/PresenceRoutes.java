package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.presence.PresencePage;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Ids;
import dev.calls.servlet.http.JsonFields;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.QueryParams;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.PageBody;
import dev.calls.servlet.json.PresenceBody;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Own presence, heartbeats, who is online, and presence dots for a page of users. */
public final class PresenceRoutes {
    static final int MAX_USER_IDS = 200;

    private final Calls calls;

    public PresenceRoutes(Calls calls) {
        this.calls = calls;
    }

    public void register(Router router) {
        router.get("/presence/me", r -> Reply.json(PresenceBody.of(calls.presence().get(r.user()))));
        router.put("/presence/me", this::update);
        router.post("/presence/heartbeat", this::heartbeat);
        router.get("/presence/online", this::online);
        router.get("/presence", this::some);
    }

    /** {@code {"status":"away","message":"…","available":true,"doNotDisturb":false}}; seed 000's names work too. */
    private Reply update(ApiRequest r) throws IOException {
        JsonFields body = new JsonFields(r.body());
        String status = body.text(16, "status");
        String message = body.text(200, "message", "statusMessage", "status_message");
        Boolean available = body.bool("available", "availableForCalls", "available_for_calls");
        Boolean dnd = body.bool("doNotDisturb", "do_not_disturb");
        if (status == null && message == null && available == null && dnd == null) {
            throw ProblemException.invalid("give status, message, available or doNotDisturb");
        }
        PresenceUpdate update = new PresenceUpdate(status(status), message, available, dnd);
        return Reply.json(PresenceBody.of(calls.presence().update(r.user(), update)));
    }

    private static PresenceStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return PresenceStatus.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status must be online, away, busy or offline");
        }
    }

    private Reply heartbeat(ApiRequest r) throws IOException {
        r.optionalBody();
        return Reply.json(PresenceBody.of(calls.presence().heartbeat(r.user())));
    }

    /** {@code ?limit=&cursor=&callable=}: callable users of the caller's tenant by default, all online ones with {@code callable=false}. */
    private Reply online(ApiRequest r) {
        QueryParams q = r.query();
        PresencePage page = calls.presence().online(r.user().tenant(), q.bool("callable", true),
                q.text("cursor", Ids.MAX_LENGTH), q.integer("limit", 50, 1, 200));
        return Reply.json(new PageBody<>(page.items().stream().map(PresenceBody::of).toList(), page.nextCursor()));
    }

    /** {@code ?userIds=a,b,c}: presence of up to 200 users of the caller's tenant, in the order asked. */
    private Reply some(ApiRequest r) {
        String raw = r.query().text("userIds", MAX_USER_IDS * (Ids.MAX_LENGTH + 1));
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
        if (ids.isEmpty() || ids.size() > MAX_USER_IDS) {
            throw ProblemException.invalid("userIds must name 1 to " + MAX_USER_IDS + " users");
        }
        List<PresenceBody> items = calls.presence().get(r.user().tenant(), List.copyOf(ids)).stream()
                .map(PresenceBody::of).toList();
        return Reply.json(Map.of("items", items));
    }
}
