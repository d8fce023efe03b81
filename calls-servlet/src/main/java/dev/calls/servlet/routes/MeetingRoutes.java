package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Calls;
import dev.calls.InputLimits;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingJoin;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.MeetingBody;
import dev.calls.servlet.json.MeetingJoinBody;
import dev.calls.servlet.json.PersonBody;
import dev.calls.servlet.json.request.MeetingRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scheduled meetings: {@code /meetings} (schedule, list upcoming), {@code /meetings/{id}} (read, change, cancel),
 * {@code …/join} (a token inside the join window), {@code …/invite.ics}, and the meeting page
 * {@code /embed/meetings/{id}} the invitation links to.
 */
public final class MeetingRoutes {
    private final Calls calls;
    private final Links links;
    private final ObjectMapper mapper;

    public MeetingRoutes(Calls calls, CallsFilterOptions options, ObjectMapper mapper) {
        this.calls = calls;
        this.links = new Links(options);
        this.mapper = mapper;
    }

    public void register(Router router) {
        router.post("/meetings", this::create);
        router.get("/meetings", this::upcoming);
        router.get("/meetings/{id}", r -> Reply.json(body(r, calls.meetings().get(r.meetingId(), r.user()))));
        router.put("/meetings/{id}", this::update);
        router.delete("/meetings/{id}", this::cancel);
        router.get("/meetings/{id}/join", this::join);
        router.get("/meetings/{id}/invite.ics", this::invite);
        router.optionalCallerGet("/embed/meetings/{id}", r -> MeetingPage.reply(r, calls, mapper));
    }

    /** A {@link MeetingRequest}: 201 with the meeting and its Location. */
    private Reply create(ApiRequest r) throws IOException {
        MeetingRequest body = r.body(MeetingRequest.class);
        Meeting m = calls.meetings().create(r.user(), body.toMeeting());
        return Reply.json(201, body(r, m)).header("Location", r.apiBase() + "/meetings/" + m.id());
    }

    /** The organizer changes the meeting (a whole {@link MeetingRequest}): 200 with it as it is now. */
    private Reply update(ApiRequest r) throws IOException {
        UUID id = r.meetingId();
        MeetingRequest body = r.body(MeetingRequest.class);
        return Reply.json(body(r, calls.meetings().update(id, r.user(), body.toMeeting())));
    }

    /** {@code ?limit=} (1 to 100, default 20): the caller's meetings that have not ended, soonest first. */
    private Reply upcoming(ApiRequest r) {
        int limit = r.query().integer("limit", InputLimits.DEFAULT_MEETING_LIST_SIZE, 1,
                InputLimits.MAX_MEETING_LIST_SIZE);
        List<MeetingBody> items = calls.meetings().upcoming(r.user(), limit).stream().map(m -> body(r, m)).toList();
        return Reply.json(Map.of("items", items));
    }

    /** The organizer cancels: 204; an invitee is refused ({@code forbidden}). */
    private Reply cancel(ApiRequest r) throws IOException {
        UUID id = r.meetingId();
        r.optionalBody();
        calls.meetings().cancel(id, r.user());
        return Reply.noContent();
    }

    /** {@code {"meeting","join","moderator","lobby","waitForHost"}}; outside the window {@code outside_join_window}. */
    private Reply join(ApiRequest r) {
        UUID id = r.meetingId();
        Meeting m = calls.meetings().get(id, r.user());
        MeetingJoin join = calls.meetings().join(id, r.user());
        return Reply.json(MeetingJoinBody.of(body(r, m), join));
    }

    /** The invitation as a calendar file, linking to the meeting page. */
    private Reply invite(ApiRequest r) {
        UUID id = r.meetingId();
        String ics = calls.meetings().invite(id, r.user(), links.meetingPage(r, id));
        return Reply.text("text/calendar; charset=utf-8", ics)
                .header("Content-Disposition", "attachment; filename=\"meeting.ics\"");
    }

    private MeetingBody body(ApiRequest r, Meeting m) {
        List<PersonBody> invitees = m.inviteeIds().stream().map(id -> person(m.tenant(), id)).toList();
        return MeetingBody.of(m, person(m.tenant(), m.host()), invitees, calls.meetings().opensAt(m),
                links.meetingPage(r, m.id()), links.invite(r, m.id()));
    }

    private PersonBody person(String tenant, String userId) {
        String name = calls.profile(UserRef.of(tenant, userId)).map(UserProfile::name).orElse(userId);
        return new PersonBody(userId, name);
    }
}
