package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Calls;
import dev.calls.ErrorCode;
import dev.calls.JoinInfo;
import dev.calls.guest.GuestCall;
import dev.calls.guest.GuestInvite;
import dev.calls.guest.GuestJoin;
import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestTarget;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.CallBody;
import dev.calls.servlet.json.GuestBody;
import dev.calls.servlet.json.GuestViewBody;
import dev.calls.servlet.json.JoinBody;
import dev.calls.servlet.json.request.GuestRequest;
import dev.calls.servlet.json.request.KnockRequest;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Guests without an account and the waiting room.
 *
 * <p>Hosts (signed in): {@code POST}/{@code GET …/guests} on a meeting ({@code /meetings/{id}/guests}) or a call
 * ({@code /{id}/guests}) creates a pass ({@code {"id","name","url","expiresAt",…}}, the link only in this answer) or
 * lists them; {@code DELETE …/guests/{guestId}} revokes one; {@code POST …/guests/{guestId}/admit} and {@code /deny}
 * decide on a guest who knocked; {@code POST /guest-calls} starts a call to a guest.
 *
 * <p>Guests (no sign-in, no cookie; the signed pass in the path is the credential): {@code GET /guest/{pass}} the
 * guest page, {@code GET …/state}, {@code POST …/knock}, {@code GET …/join} (only once admitted: the room and a
 * non-moderator token), {@code POST …/leave}. Every guest request is rate-limited per pass and per remote address,
 * and an unknown, forged, revoked or expired pass is one {@code 404 not_found}. Guest answers are never cached
 * and send no referrer.
 */
public final class GuestRoutes {
    private static final int PASS_PER_MINUTE = 60;
    private static final int ADDRESS_PER_MINUTE = 300;

    private final Calls calls;
    private final Links links;
    private final ObjectMapper mapper;
    private final GuestLimiter limiter;

    public GuestRoutes(Calls calls, CallsFilterOptions options, ObjectMapper mapper) {
        this.calls = calls;
        this.links = new Links(options);
        this.mapper = mapper;
        this.limiter = new GuestLimiter(calls.clock(), PASS_PER_MINUTE, ADDRESS_PER_MINUTE);
    }

    public void register(Router router) {
        host(router, "/meetings/{id}/guests", r -> GuestTarget.meeting(r.meetingId()));
        host(router, "/{id}/guests", r -> GuestTarget.call(r.callId()));
        router.post("/guest-calls", this::guestCall);

        router.publicGet("/guest/{pass}", r -> GuestPage.reply(r, calls, guest(r), mapper));
        router.publicGet("/guest/{pass}/state", r -> view(calls.guests().view(guest(r))));
        router.publicPost("/guest/{pass}/knock", this::knock);
        router.publicGet("/guest/{pass}/join", this::join);
        router.publicPost("/guest/{pass}/leave", r -> {
            String pass = guest(r);
            r.optionalBody();
            return view(calls.guests().leave(pass));
        });
    }

    private void host(Router router, String base, Function<ApiRequest, GuestTarget> target) {
        router.post(base, r -> create(r, target.apply(r)));
        router.get(base, r -> {
            GuestTarget t = target.apply(r);
            return Reply.json(Map.of("items", calls.guests().list(t, r.user()).stream()
                    .map(p -> GuestBody.of(p, null)).toList()));
        });
        router.delete(base + "/{guestId}", r -> {
            GuestTarget t = target.apply(r);
            calls.guests().revoke(t, guestId(r), r.user());
            return Reply.noContent();
        });
        router.post(base + "/{guestId}/admit", r -> {
            GuestTarget t = target.apply(r);
            r.optionalBody();
            return Reply.json(GuestBody.of(calls.guests().admit(t, guestId(r), r.user()), null));
        });
        router.post(base + "/{guestId}/deny", r -> {
            GuestTarget t = target.apply(r);
            r.optionalBody();
            return Reply.json(GuestBody.of(calls.guests().deny(t, guestId(r), r.user()), null));
        });
    }

    /** 201 with the pass and the guest's link (shown this once). */
    private Reply create(ApiRequest r, GuestTarget target) throws IOException {
        GuestRequest body = r.body(GuestRequest.class);
        GuestInvite invite = calls.guests().invite(target, r.user(), body.toGuest(), linkBase(r));
        GuestPass p = invite.pass();
        String prefix = target.kind() == GuestTarget.Kind.MEETING ? "/meetings/" : "/";
        return Reply.json(201, GuestBody.of(p, linkBase(r) + invite.token()))
                .header("Location", r.apiBase() + prefix + target.id() + "/guests/" + p.id())
                .header("Cache-Control", "no-store");
    }

    /** 201 with the call, the host's join information, and the guest's pass. */
    private Reply guestCall(ApiRequest r) throws IOException {
        GuestRequest body = r.body(GuestRequest.class);
        GuestCall gc = calls.guests().call(r.user(), body.mediaType(), body.toGuest(), linkBase(r));
        JoinInfo join = calls.join(gc.call().id(), r.user());
        ObjectNode json = r.mapper().valueToTree(CallBody.of(gc.call()));
        json.set("join", r.mapper().valueToTree(JoinBody.of(join)));
        json.set("guest", r.mapper().valueToTree(GuestBody.of(gc.invite().pass(),
                linkBase(r) + gc.invite().token())));
        return Reply.json(201, json).header("Location", r.apiBase() + "/" + gc.call().id())
                .header("Cache-Control", "no-store");
    }

    private Reply knock(ApiRequest r) throws IOException {
        String pass = guest(r);
        KnockRequest body = r.optionalBody(KnockRequest.class);
        return view(calls.guests().knock(pass, body == null ? null : body.name()));
    }

    /** {@code {"guest","join","participantId"}}: only for an admitted guest. */
    private Reply join(ApiRequest r) {
        GuestJoin j = calls.guests().join(guest(r));
        return guestReply(Map.of("guest", GuestViewBody.of(j.view()), "join", JoinBody.of(j.join()),
                "participantId", j.participantId()));
    }

    private Reply view(dev.calls.guest.GuestView v) {
        return guestReply(GuestViewBody.of(v));
    }

    private static Reply guestReply(Object body) {
        return Reply.json(body).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }

    /** The pass from the path, after the rate limits; what every guest route starts with. */
    private String guest(ApiRequest r) {
        String pass = r.pathParam("pass");
        limiter.acquire(pass == null ? "" : pass, r.servletRequest().getRemoteAddr());
        return pass;
    }

    private String linkBase(ApiRequest r) {
        return links.api(r, "/guest/");
    }

    private static UUID guestId(ApiRequest r) {
        String raw = r.pathParam("guestId");
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ProblemException(ErrorCode.NOT_FOUND, "no such guest");
    }
}
