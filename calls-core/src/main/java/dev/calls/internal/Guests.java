package dev.calls.internal;

import dev.calls.Call;
import dev.calls.ErrorCode;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.NotFoundException;
import dev.calls.Participant;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.VersionConflictException;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.guest.GuestCall;
import dev.calls.guest.GuestInvite;
import dev.calls.guest.GuestJoin;
import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestRequest;
import dev.calls.guest.GuestService;
import dev.calls.guest.GuestState;
import dev.calls.guest.GuestTarget;
import dev.calls.guest.GuestView;
import dev.calls.meeting.Meeting;
import dev.calls.spi.GuestListener;
import dev.calls.spi.GuestStore;
import dev.calls.spi.JoinRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's {@link GuestService}: passes, the waiting room, and guests' join information. */
final class Guests implements GuestService {
    private static final Logger LOG = LoggerFactory.getLogger(Guests.class);
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_PASSES = 200;
    private static final int ATTEMPTS = 16;

    private final Components c;
    private final CallService calls;
    private final Meetings meetings;
    private final Consumer<List<CallEvent>> publisher;
    private final GuestStore store;
    private final GuestListener listener;
    private final PassCodec codec;
    private final Clock clock;

    Guests(Components c, CallService calls, Meetings meetings, Consumer<List<CallEvent>> publisher,
            GuestListener listener) {
        this.c = c;
        this.calls = calls;
        this.meetings = meetings;
        this.publisher = publisher;
        this.store = c.guests().store();
        this.listener = listener;
        this.codec = new PassCodec(c.guests().secret());
        this.clock = c.clock();
    }

    // ------------------------------------------------------------------ hosts

    @Override
    public GuestInvite invite(GuestTarget target, UserRef host, GuestRequest request, String linkBase) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(host, "host");
        String name = name(request == null ? null : request.name());
        String email = email(request.email());
        Instant now = clock.instant();
        boolean waitingRoom;
        Instant expiresAt;
        UUID id = UUID.randomUUID();
        if (target.kind() == GuestTarget.Kind.MEETING) {
            Meeting m = hostedMeeting(target, host);
            if (!now.isBefore(m.endsAt())) {
                throw new RefusedException(ErrorCode.OUTSIDE_JOIN_WINDOW, "the meeting ended at " + m.endsAt());
            }
            waitingRoom = request.waitingRoom() != null ? request.waitingRoom() : m.waitingRoom();
            expiresAt = m.endsAt();
        } else {
            Call call = hostedCall(target, host);
            if (call.state().isTerminal()) {
                throw new dev.calls.InvalidTransitionException(call.id(), call.state(), dev.calls.CallAction.INVITE_GUEST,
                        "the call has ended");
            }
            waitingRoom = Boolean.TRUE.equals(request.waitingRoom());
            expiresAt = call.createdAt().plus(c.config().maxCallDuration());
        }
        if (target.kind() == GuestTarget.Kind.CALL) {
            // into the call first: a refusal there (the host left it meanwhile) leaves no pass behind
            calls.inviteGuest(target.id(), host, GuestPass.PARTICIPANT_PREFIX + id, name);
        }
        return store(id, target, host, name, email, request, waitingRoom, now, expiresAt, linkBase);
    }

    @Override
    public GuestCall call(UserRef host, MediaType type, GuestRequest request, String linkBase) {
        Objects.requireNonNull(host, "host");
        String name = name(request == null ? null : request.name());
        String email = email(request.email());
        UUID id = UUID.randomUUID();
        Call call = calls.startWithGuest(host, type, GuestPass.PARTICIPANT_PREFIX + id, name);
        GuestInvite invite = store(id, GuestTarget.call(call.id()), host, name, email, request,
                Boolean.TRUE.equals(request.waitingRoom()), clock.instant(),
                call.createdAt().plus(c.config().maxCallDuration()), linkBase);
        return new GuestCall(call, invite);
    }

    private GuestInvite store(UUID id, GuestTarget target, UserRef host, String name, String email,
            GuestRequest request, boolean waitingRoom, Instant now, Instant expiresAt, String linkBase) {
        PassCodec.Issued issued = codec.issue();
        boolean editable = request.nameEditable() == null || request.nameEditable();
        GuestPass pass = new GuestPass(id, host.tenant(), target, host.userId(), name, email, editable, waitingRoom,
                issued.keyHash(), GuestState.INVITED, now, expiresAt, null, null, null, 0);
        store.create(pass);
        try {
            listener.passCreated(pass, linkBase == null ? null : linkBase + issued.pass());
        } catch (RuntimeException e) {
            LOG.warn("guest listener failed on a new pass {}", pass.id(), e);
        }
        return new GuestInvite(pass, issued.pass());
    }

    @Override
    public List<GuestPass> list(GuestTarget target, UserRef host) {
        hosts(target, host);
        return store.findByTarget(target, MAX_PASSES);
    }

    @Override
    public GuestPass revoke(GuestTarget target, UUID guestId, UserRef host) {
        hosts(target, host);
        GuestPass pass = pass(target, guestId);
        if (!store.delete(pass.id())) {
            throw new NotFoundException("no such guest");
        }
        leaveQuietly(pass);
        try {
            listener.passRevoked(pass);
        } catch (RuntimeException e) {
            LOG.warn("guest listener failed on a revoked pass {}", pass.id(), e);
        }
        return pass;
    }

    @Override
    public GuestPass admit(GuestTarget target, UUID guestId, UserRef host) {
        return decide(target, guestId, host, GuestState.ADMITTED);
    }

    @Override
    public GuestPass deny(GuestTarget target, UUID guestId, UserRef host) {
        GuestPass denied = decide(target, guestId, host, GuestState.DENIED);
        leaveQuietly(denied);
        return denied;
    }

    private GuestPass decide(GuestTarget target, UUID guestId, UserRef host, GuestState decision) {
        List<String> hosts = hosts(target, host);
        GuestPass before = pass(target, guestId);
        GuestPass after = change(guestId, p -> p.state() == decision ? null
                : p.decided(decision, host.userId(), clock.instant()));
        if (after.version() > before.version() && after.state() == decision) {
            announce(after, hosts, decision == GuestState.ADMITTED ? EventType.GUEST_ADMITTED : EventType.GUEST_DENIED,
                    host.userId());
        }
        return after;
    }

    /** Called when the organizer of a meeting joins: guests waiting for them are let in, as the meeting says. */
    void hostJoined(Meeting meeting) {
        for (GuestPass p : store.findByTarget(GuestTarget.meeting(meeting.id()), MAX_PASSES)) {
            if (p.state() == GuestState.WAITING && letInByRule(p, meeting)) {
                admitByRule(p, meeting);
            }
        }
    }

    /** Called once a meeting is cancelled: its passes go, and the listener hears of each (a mailer's cancellation). */
    void meetingCancelled(Meeting meeting) {
        for (GuestPass p : store.findByTarget(GuestTarget.meeting(meeting.id()), MAX_PASSES)) {
            if (store.delete(p.id())) {
                try {
                    listener.passRevoked(p);
                } catch (RuntimeException e) {
                    LOG.warn("guest listener failed on a revoked pass {}", p.id(), e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ guests

    @Override
    public GuestView view(String token) {
        Resolved r = resolve(token);
        return view(settle(r), r);
    }

    @Override
    public GuestView knock(String token, String name) {
        Resolved r = resolve(token);
        requireOpen(r);
        GuestPass p = r.pass;
        String newName = p.name();
        if (name != null && !name.strip().equals(p.name())) {
            if (!p.nameEditable() || p.state() != GuestState.INVITED) {
                throw new RefusedException(ErrorCode.FORBIDDEN, "the name cannot be changed");
            }
            newName = name(name);
        }
        if (p.state() == GuestState.INVITED) {
            String chosen = newName;
            GuestPass knocked = change(p.id(), q -> q.state() == GuestState.INVITED ? q.knocked(chosen, clock.instant())
                    : null);
            Resolved now = new Resolved(knocked, r.meeting, r.call);
            if (knocked.state() == GuestState.WAITING) {
                if (letInByRule(knocked, r.meeting)) {
                    knocked = admitByRule(knocked, r.meeting);
                } else {
                    announce(knocked, hostsOf(now), EventType.GUEST_WAITING, null);
                }
            }
            return view(knocked, new Resolved(knocked, r.meeting, r.call));
        }
        return view(settle(r), r);
    }

    @Override
    public GuestJoin join(String token) {
        Resolved r = resolve(token);
        requireOpen(r);
        GuestPass p = settle(r);
        if (p.state() == GuestState.DENIED) {
            throw new RefusedException(ErrorCode.NOT_PERMITTED, "a host did not let you in");
        }
        if (p.state() != GuestState.ADMITTED) {
            throw new RefusedException(ErrorCode.NOT_PERMITTED, "wait until a host lets you in");
        }
        UserRef guest = UserRef.of(p.tenant(), p.participantId());
        JoinInfo join;
        if (r.meeting != null) {
            Meeting m = r.meeting;
            UserProfile profile = new UserProfile(guest, p.name(), p.email(), null);
            join = c.providers().forTenant(m.tenant()).join(new JoinRequest(m.room(), profile, false, null, m.type(),
                    clock.instant(), m.endsAt()));
        } else {
            Participant me = r.call.participant(p.participantId()).orElse(null);
            if (me == null) {
                throw new NotFoundException("no such guest pass");
            }
            if (me.state() != dev.calls.ParticipantState.JOINED) {
                calls.accept(r.call.id(), guest, false);
            }
            join = calls.join(r.call.id(), guest);
        }
        return new GuestJoin(view(p, r), join, p.participantId());
    }

    @Override
    public GuestView leave(String token) {
        Resolved r = resolve(token);
        leaveQuietly(r.pass);
        return view(r.pass, r);
    }

    // ------------------------------------------------------------------ rules

    /** The pass behind a presented token, with what it lets into; one not-found for every way it fails. */
    private Resolved resolve(String token) {
        String hash = codec.verify(token);
        GuestPass p = hash == null ? null : store.findByKeyHash(hash).orElse(null);
        Instant now = clock.instant();
        if (p == null || !now.isBefore(p.expiresAt())) {
            throw gone();
        }
        if (p.target().kind() == GuestTarget.Kind.MEETING) {
            Meeting m = c.meetingStore().find(p.target().id()).orElse(null);
            if (m == null || !now.isBefore(m.endsAt())) {
                throw gone();
            }
            return new Resolved(p, m, null);
        }
        Call call = c.callStore().find(p.target().id()).orElse(null);
        // a guest turned away keeps seeing that, even once the call they were rung for is over
        if (call == null || !call.hasParticipant(p.participantId())
                || call.state().isTerminal() && p.state() != GuestState.DENIED) {
            throw gone();
        }
        return new Resolved(p, null, call);
    }

    private static NotFoundException gone() {
        return new NotFoundException("no such guest pass");
    }

    private void requireOpen(Resolved r) {
        if (r.meeting != null) {
            Instant opens = meetings.opensAt(r.meeting);
            if (clock.instant().isBefore(opens)) {
                throw new RefusedException(ErrorCode.OUTSIDE_JOIN_WINDOW, "the meeting opens at " + opens);
            }
        }
    }

    /** The pass, let in now if it waits and the rules allow it (the organizer joined meanwhile). */
    private GuestPass settle(Resolved r) {
        GuestPass p = r.pass;
        if (p.state() == GuestState.WAITING && letInByRule(p, r.meeting)) {
            return admitByRule(p, r.meeting);
        }
        return p;
    }

    /**
     * Whether a waiting guest is let in without a host's click: without a waiting room once a host is there (in a
     * call the caller always is), with one only in a meeting that admits on the organizer's joining.
     */
    private static boolean letInByRule(GuestPass p, Meeting m) {
        boolean hostThere = m == null || m.hostJoinedAt() != null;
        if (!p.waitingRoom()) {
            return hostThere;
        }
        return m != null && m.admitOnHostJoin() && hostThere;
    }

    private GuestPass admitByRule(GuestPass p, Meeting m) {
        GuestPass after = change(p.id(), q -> q.state() == GuestState.WAITING
                ? q.decided(GuestState.ADMITTED, null, clock.instant()) : null);
        if (after.state() == GuestState.ADMITTED && after.decidedBy() == null && after.version() == p.version() + 1) {
            announce(after, m != null ? List.of(m.host()) : List.of(after.createdBy()), EventType.GUEST_ADMITTED, null);
        }
        return after;
    }

    /** Applies {@code edit} (null: nothing to do) with optimistic retries; returns the pass as stored. */
    private GuestPass change(UUID id, UnaryOperator<GuestPass> edit) {
        for (int i = 0; i < ATTEMPTS; i++) {
            GuestPass current = store.find(id).orElseThrow(Guests::gone);
            GuestPass next = edit.apply(current);
            if (next == null) {
                return current;
            }
            if (store.update(next)) {
                return next;
            }
        }
        throw new VersionConflictException(id);
    }

    private void announce(GuestPass p, List<String> hosts, EventType type, String actor) {
        Map<String, String> data = new HashMap<>();
        data.put("guestId", p.id().toString());
        data.put("name", p.name());
        data.put("state", p.state().wire());
        data.put(p.target().kind() == GuestTarget.Kind.MEETING ? "meetingId" : "callId", p.target().id().toString());
        UUID callId = p.target().kind() == GuestTarget.Kind.CALL ? p.target().id() : null;
        List<CallEvent> events = new ArrayList<>();
        Instant now = clock.instant();
        for (String h : hosts) {
            events.add(CallEvent.forGuest(type, p.tenant(), callId, h, actor, now, data));
        }
        try {
            publisher.accept(events);
        } catch (RuntimeException e) {
            LOG.warn("could not announce {} for guest {}", type.wire(), p.id(), e);
        }
    }

    private List<String> hostsOf(Resolved r) {
        if (r.meeting != null) {
            return List.of(r.meeting.host());
        }
        return r.call.participants().stream().filter(Participant::isHost).map(Participant::userId).toList();
    }

    /** The hosts of the target, if {@code host} is one of them; {@code forbidden} for other attendees. */
    private List<String> hosts(GuestTarget target, UserRef host) {
        if (target.kind() == GuestTarget.Kind.MEETING) {
            return List.of(hostedMeeting(target, host).host());
        }
        return hostedCall(target, host).participants().stream().filter(Participant::isHost).map(Participant::userId)
                .toList();
    }

    private Meeting hostedMeeting(GuestTarget target, UserRef host) {
        Meeting m = meetings.get(target.id(), host);
        if (!m.host().equals(host.userId())) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "only the organizer manages this meeting's guests");
        }
        return m;
    }

    private Call hostedCall(GuestTarget target, UserRef host) {
        Call call = calls.get(target.id(), host);
        if (!call.participant(host.userId()).map(Participant::isHost).orElse(false)) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "only a host of the call manages its guests");
        }
        return call;
    }

    private GuestPass pass(GuestTarget target, UUID guestId) {
        return store.find(guestId).filter(p -> p.target().equals(target))
                .orElseThrow(() -> new NotFoundException("no such guest"));
    }

    private void leaveQuietly(GuestPass p) {
        if (p.target().kind() != GuestTarget.Kind.CALL) {
            return;
        }
        try {
            calls.act(p.target().id(), UserRef.of(p.tenant(), p.participantId()), dev.calls.CallAction.LEAVE);
        } catch (RuntimeException e) {
            LOG.debug("guest {} could not leave call {}", p.id(), p.target().id(), e);
        }
    }

    private GuestView view(GuestPass p, Resolved r) {
        String status = switch (p.state()) {
            case INVITED -> "invited";
            case WAITING -> r.meeting != null && r.meeting.hostJoinedAt() == null ? "waiting_for_host" : "waiting";
            case ADMITTED -> "admitted";
            case DENIED -> "denied";
        };
        Instant opens = r.meeting != null ? meetings.opensAt(r.meeting) : r.call.createdAt();
        if (p.state() == GuestState.INVITED && clock.instant().isBefore(opens)) {
            status = "not_open";
        }
        if (r.meeting != null) {
            Meeting m = r.meeting;
            return new GuestView(status, GuestTarget.Kind.MEETING, m.title(), displayName(m.tenant(), m.host()),
                    m.type(), p.name(), p.nameEditable() && p.state() == GuestState.INVITED, p.waitingRoom(),
                    m.startsAt(), m.endsAt(), opens, p.expiresAt());
        }
        Call call = r.call;
        String hostName = call.participant(call.initiator()).map(Participant::name).orElse(call.initiator());
        return new GuestView(status, GuestTarget.Kind.CALL, "Call with " + hostName, hostName, call.type(), p.name(),
                p.nameEditable() && p.state() == GuestState.INVITED, p.waitingRoom(), null, null, opens,
                p.expiresAt());
    }

    private String displayName(String tenant, String userId) {
        return c.users().find(tenant, userId).filter(u -> u.tenant().equals(tenant)).map(UserProfile::name)
                .orElse(userId);
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "name is required");
        }
        String name = raw.strip();
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST,
                    "name must be at most " + MAX_NAME + " characters, without control characters");
        }
        return name;
    }

    private static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.strip();
        int at = email.indexOf('@');
        if (email.length() > MAX_EMAIL || at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1
                || email.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "email must be an e-mail address");
        }
        return email;
    }

    private record Resolved(GuestPass pass, Meeting meeting, Call call) {
    }
}
