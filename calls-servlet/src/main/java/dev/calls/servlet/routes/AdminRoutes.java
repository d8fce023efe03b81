package dev.calls.servlet.routes;

import dev.calls.Calls;
import dev.calls.NotFoundException;
import dev.calls.admin.StatsBucket;
import dev.calls.admin.StatsQuery;
import dev.calls.event.CallEvent;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.QueryParams;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.CallBody;
import dev.calls.servlet.json.EventBody;
import dev.calls.servlet.json.EventsBody;
import dev.calls.servlet.json.StatsBody;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The tenant administrator's routes under {@code /admin}: statistics, live calls, the tenant's call events and
 * ending a stuck call. Whoever the engine's {@link dev.calls.spi.AdminPolicy} does not name is answered
 * {@code 404 not_found}, as if the routes did not exist.
 */
public final class AdminRoutes {
    private final Calls calls;

    private dev.calls.servlet.sse.StreamHub hub;

    /** With the node's event streams: {@code GET /admin/events} then also answers as a live stream. */
    public AdminRoutes(Calls calls, dev.calls.servlet.sse.StreamHub hub) {
        this(calls);
        this.hub = hub;
    }

    public AdminRoutes(Calls calls) {
        this.calls = calls;
    }

    public void register(Router router) {
        router.get("/admin/stats", this::stats);
        router.get("/admin/calls/active", r -> Reply.json(Map.of("calls",
                calls.admin().activeCalls(r.user()).stream().map(CallBody::of).toList())));
        router.get("/admin/events", this::events);
        router.post("/admin/calls/{id}/end", this::end);
    }

    /** {@code from}, {@code to} (ISO-8601, {@code to} defaults to now), {@code bucket} ({@code day} or {@code hour}). */
    private Reply stats(ApiRequest r) {
        QueryParams q = r.query();
        String bucket = q.text("bucket", 16);
        StatsQuery query = StatsQuery.of(q.instant("from"), q.instant("to"),
                bucket == null ? null : StatsBucket.fromWire(bucket), calls.clock().instant());
        return Reply.json(StatsBody.of(calls.admin().stats(r.user(), query)));
    }

    /**
     * The tenant's call events after {@code after}; {@code lastEventId} is where to go on from. Without
     * {@code after}, no events and the log's newest sequence: where a view read just now goes on from.
     */
    private Reply events(ApiRequest r) throws java.io.IOException {
        String accept = r.servletRequest().getHeader("Accept");
        if (hub != null && accept != null && accept.contains("text/event-stream")) {
            return hub.openTenant(r);
        }
        if (!r.query().has("after")) {
            if (!calls.admin().isAdmin(r.user())) {
                throw new NotFoundException("not found");
            }
            return Reply.json(new EventsBody(List.of(), calls.events().lastSequence()));
        }
        long after = r.query().sequence("after", 0);
        List<CallEvent> read = calls.admin().eventsAfter(r.user(), after, 500);
        long last = read.isEmpty() ? after : read.get(read.size() - 1).sequence();
        return Reply.json(new EventsBody(read.stream().filter(e -> e.call() != null).map(EventBody::of).toList(), last));
    }

    private Reply end(ApiRequest r) throws IOException {
        var id = r.callId();
        r.optionalBody();
        return Reply.json(CallBody.of(calls.admin().end(id, r.user())));
    }
}
