package dev.calls.internal;

import dev.calls.BusyPolicy;
import dev.calls.Call;
import dev.calls.CallAction;
import dev.calls.CallState;
import dev.calls.CallsConfig;
import dev.calls.EndReason;
import dev.calls.ErrorCode;
import dev.calls.InputLimits;
import dev.calls.InvalidTransitionException;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.MediaUpdate;
import dev.calls.NotFoundException;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RateLimitedException;
import dev.calls.RefusedException;
import dev.calls.RingState;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.VersionConflictException;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceView;
import dev.calls.spi.CallStore;
import dev.calls.spi.ClaimConflictException;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/** Starting calls and acting on them: load, apply the transition table, write conditionally, dispatch. */
public final class CallService {
    private static final int MAX_ATTEMPTS = 32;

    private final Components c;
    private final CallsConfig config;
    private final CallStore store;
    private final Clock clock;
    private final PresenceTracker presence;
    private final Dispatcher dispatcher;
    private final Commits commits;
    private final RateLimiter startLimiter;
    private final RateLimiter ringAgainLimiter;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    CallService(Components c, PresenceTracker presence, Dispatcher dispatcher, Commits commits) {
        this.c = c;
        this.config = c.config();
        this.store = c.callStore();
        this.clock = c.clock();
        this.presence = presence;
        this.dispatcher = dispatcher;
        this.commits = commits;
        this.startLimiter = new RateLimiter(clock, c.rateLimits(), "start", config.startsPerMinute(),
                Duration.ofMinutes(1));
        // the stored ring time already allows one ring-again per ring timeout; the shared counter also holds
        // when two nodes are asked at the same moment
        this.ringAgainLimiter = new RateLimiter(clock, c.rateLimits(), "ring-again", 1, config.ringTimeout());
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    // ------------------------------------------------------------------ start

    public Call start(UserRef caller, List<String> recipientIds, MediaType type) {
        if (type == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "type is required (audio or video)");
        }
        List<String> ids = recipients(caller, recipientIds);
        startLimiter.acquire(caller);
        UserProfile callerProfile = profile(caller);
        List<UserProfile> callees = new ArrayList<>();
        for (String id : ids) {
            UserProfile callee = c.users().find(caller.tenant(), id)
                    .filter(p -> p.tenant().equals(caller.tenant()))
                    .orElseThrow(() -> new NotFoundException("no user " + id + " in your organization"));
            if (!c.policy().mayCall(callerProfile, callee, type)) {
                throw new RefusedException(ErrorCode.NOT_PERMITTED, "you may not call " + callee.name());
            }
            callees.add(callee);
        }
        if (callees.size() == 1) {
            Optional<Call> glare = glare(caller, callees.get(0));
            if (glare.isPresent()) {
                return act(glare.get().id(), caller, CallAction.ACCEPT);
            }
        }
        return ring(caller, callerProfile, callees, type, null);
    }

    /**
     * Starts a call from {@code caller} to one guest without an account (the holder of a guest pass): the guest is
     * rung through their pass, with the role {@code guest-external}, and never refused as offline or busy.
     */
    public Call startWithGuest(UserRef caller, MediaType type, String participantId, String name) {
        if (type == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "type is required (audio or video)");
        }
        startLimiter.acquire(caller);
        UserProfile guest = new UserProfile(UserRef.of(caller.tenant(), participantId), name, null, null);
        return ring(caller, profile(caller), List.of(guest), type, participantId);
    }

    /** A host of the live call invites a guest without an account ({@code guest-external}); idempotent. */
    public Call inviteGuest(UUID callId, UserRef host, String participantId, String name) {
        return apply(callId, host, CallAction.INVITE_GUEST, new Input.Guest(participantId, name), null);
    }

    private Call ring(UserRef caller, UserProfile callerProfile, List<UserProfile> callees, MediaType type,
            String externalGuest) {
        List<RefusedException> refusals = externalGuest != null ? java.util.Collections.singletonList(null)
                : callees.stream().map(this::refusal).toList();
        if (callees.size() == 1 && refusals.get(0) != null && refusals.get(0).code() == ErrorCode.RECIPIENT_BUSY) {
            // busy, perhaps with ringing us this very moment (from another node): then that call is answered
            Optional<Call> glare = glare(caller, callees.get(0));
            if (glare.isPresent()) {
                return act(glare.get().id(), caller, CallAction.ACCEPT);
            }
        }
        Input.Start input = new Input.Start(callerProfile, callees, refusals, type,
                RoomNames.generate(config.roomPrefix()), c.providers().forTenant(caller.tenant()).id());
        Change change = TransitionTable.start(new Act(null, CallAction.START, caller.userId(), clock.instant(), input,
                config));
        Call call = change.call();
        if (externalGuest != null) {
            call = call.withParticipant(externalGuest, Participant::asExternalGuest);
        }
        if (change.refusal() == null) {
            call = call.withDeadline(Deadlines.next(call, config));
        }
        Call stamped = call;
        // the new call's lock is held until its events are handed on, so no later change of it (another
        // device's answer stopping this ring as busy) is handed on before them
        ReentrantLock lock = stripes[Math.floorMod(call.id().hashCode(), stripes.length)];
        ClaimConflictException taken = null;
        lock.lock();
        try {
            dispatcher.committed(
                    store.create(call, change.events().stream().map(e -> retarget(e, stamped)).toList()));
        } catch (ClaimConflictException e) {
            taken = e;
        } finally {
            lock.unlock();
        }
        if (taken != null) {
            return settleStartConflict(caller, callees, taken);
        }
        if (change.refusal() != null) {
            throw change.refusal();
        }
        commits.committed(null, call);
        return call;
    }

    /**
     * Another live call holds a claim this start needed, taken on this node or another: the same caller's call to
     * the same people is returned (a repeated start), the callee's ringing call to the caller is answered
     * (glare), and any other call of the caller's refuses the start.
     */
    private Call settleStartConflict(UserRef caller, List<UserProfile> callees, ClaimConflictException taken) {
        Call existing = store.find(taken.callId()).orElse(null);
        if (existing == null || existing.state().isTerminal()) {
            throw new VersionConflictException(taken.callId());
        }
        Set<String> wanted = new HashSet<>();
        callees.forEach(p -> wanted.add(p.ref().userId()));
        Set<String> others = new HashSet<>();
        existing.participants().forEach(p -> others.add(p.userId()));
        others.remove(caller.userId());
        if (existing.isInitiator(caller.userId()) && others.equals(wanted)) {
            return existing;
        }
        boolean rungByCallee = callees.size() == 1 && existing.isOneToOne()
                && existing.isInitiator(callees.get(0).ref().userId())
                && existing.participant(caller.userId()).map(p -> p.state().isPending()).orElse(false);
        if (rungByCallee) {
            return act(existing.id(), caller, CallAction.ACCEPT);
        }
        throw new RefusedException(ErrorCode.ALREADY_IN_CALL, "you are already in a call");
    }

    private List<String> recipients(UserRef caller, List<String> recipientIds) {
        if (recipientIds == null || recipientIds.isEmpty()) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "recipientIds must name at least one user");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String id : recipientIds) {
            if (id == null || id.isBlank() || !InputLimits.isValidId(id)) {
                throw new RefusedException(ErrorCode.INVALID_REQUEST, "recipientIds must be ids without surrounding spaces, at most " + InputLimits.MAX_ID_LENGTH + " characters");
            }
            if (id.equals(caller.userId())) {
                throw new RefusedException(ErrorCode.INVALID_REQUEST, "you cannot call yourself");
            }
            ids.add(id);
        }
        if (ids.size() > config.maxGroupSize()) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST,
                    "at most " + config.maxGroupSize() + " users can be invited to one call");
        }
        return List.copyOf(ids);
    }

    /** The callee is ringing the caller right now: the caller's start answers that call. */
    private Optional<Call> glare(UserRef caller, UserProfile callee) {
        return store.findLive(caller.tenant(), caller.userId()).stream()
                .filter(call -> call.state() == CallState.RINGING && call.isOneToOne()
                        && call.isInitiator(callee.userId())
                        && call.participant(caller.userId()).map(p -> p.state().isPending()).orElse(false))
                .findFirst();
    }

    /** Why the callee cannot be rung now, or null if they can. */
    private RefusedException refusal(UserProfile callee) {
        PresenceView v = presence.get(callee.ref());
        if (v.inCall() && busyPolicy(callee.ref().tenant()) == BusyPolicy.REFUSE) {
            return new RefusedException(ErrorCode.RECIPIENT_BUSY, callee.name() + " is in another call");
        }
        if (!v.online() || v.status() == PresenceStatus.OFFLINE) {
            if (config.ringOfflineUsers() && v.available() && !v.doNotDisturb()) {
                return null;
            }
            return new RefusedException(ErrorCode.RECIPIENT_OFFLINE, callee.name() + " is offline");
        }
        boolean takingCalls = v.available() && !v.doNotDisturb() && v.status() != PresenceStatus.BUSY
                && v.status() != PresenceStatus.OFFLINE;
        if (!takingCalls) {
            return new RefusedException(ErrorCode.RECIPIENT_UNAVAILABLE, callee.name() + " is not taking calls");
        }
        return null;
    }

    // ------------------------------------------------------------------ actions

    /** A user's action that carries nothing more than its name. */
    public Call act(UUID callId, UserRef user, CallAction action) {
        if (action == CallAction.ACCEPT) {
            return accept(callId, user, false);
        }
        return apply(callId, user, action, Input.None.NONE, null);
    }

    /**
     * The invitee answers. A user is joined in at most one live call, on every node (the store's claim): while
     * joined elsewhere the answer is refused ({@code already_in_call}) unless {@code leaveCurrent}, which leaves
     * that call first. The user's other pending rings then stop, as busy.
     */
    public Call accept(UUID callId, UserRef user, boolean leaveCurrent) {
        Call answered;
        try {
            answered = apply(callId, user, CallAction.ACCEPT, Input.None.NONE, null);
        } catch (ClaimConflictException taken) {
            if (!leaveCurrent || taken.isPair() || taken.callId().equals(callId)) {
                throw alreadyInCall();
            }
            // the answer must be possible before the current call is left (throws what the answer would)
            Call target = load(callId, user);
            TransitionTable.apply(new Act(target, CallAction.ACCEPT, user.userId(), clock.instant(), Input.None.NONE,
                    config));
            apply(taken.callId(), user, CallAction.LEAVE, Input.None.NONE, null);
            try {
                answered = apply(callId, user, CallAction.ACCEPT, Input.None.NONE, null);
            } catch (ClaimConflictException again) {
                throw alreadyInCall();
            }
        }
        if (busyPolicy(user.tenant()) == BusyPolicy.WAIT) {
            return answered;
        }
        for (Call other : store.findLive(user.tenant(), user.userId())) {
            if (!other.id().equals(callId)
                    && other.participant(user.userId()).map(p -> p.state().isPending()).orElse(false)) {
                systemAt(other.id(), CallAction.BUSY_ELSEWHERE, new Input.Target(user.userId()), null);
            }
        }
        return answered;
    }

    public Call media(UUID callId, UserRef user, MediaUpdate media) {
        if (media == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "a media update is required");
        }
        return apply(callId, user, CallAction.MEDIA, new Input.Media(media), null);
    }

    public Call reportInRoom(UUID callId, UserRef user, boolean inRoom) {
        return apply(callId, user, CallAction.ROOM_PRESENCE, new Input.Room(user.userId(), inRoom), null);
    }

    /**
     * Rings an invitee again, with the refusals of a start (offline, busy, do not disturb, not taking calls) and at
     * most once per invitee per ring timeout.
     */
    public Call ringAgain(UUID callId, UserRef user, String inviteeId) {
        if (inviteeId == null || inviteeId.isBlank()) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "userId is required");
        }
        Call call = load(callId, user);
        Participant target = call.participant(inviteeId).orElse(null);
        if (target != null && !call.state().isTerminal() && !call.isInitiator(inviteeId)
                && target.state() != ParticipantState.JOINED
                && call.participant(user.userId()).map(Participant::isHost).orElse(false)) {
            Instant now = clock.instant();
            Instant again = target.invitedAt().plus(config.ringTimeout());
            if (target.invitedAt().isAfter(call.createdAt()) && now.isBefore(again)) {
                throw new RateLimitedException(Duration.between(now, again), target.name() + " was rung again a moment ago");
            }
            RefusedException refusal = refusal(profile(UserRef.of(call.tenant(), inviteeId)));
            if (refusal != null) {
                throw refusal;
            }
            ringAgainLimiter.acquire(RateLimiter.key(call.id().toString(), inviteeId),
                    target.name() + " was rung again a moment ago");
        }
        return apply(callId, user, CallAction.RING_AGAIN, new Input.Target(inviteeId), null);
    }

    /**
     * A tenant administrator ends a call of their tenant ({@code ended_by_admin}); an ended call is returned as
     * it is. Whether {@code admin} is one is the caller's check.
     *
     * @throws NotFoundException no such call in the administrator's tenant
     */
    public Call endByAdmin(UUID callId, UserRef admin) {
        store.find(callId).filter(c -> c.tenant().equals(admin.tenant()))
                .orElseThrow(() -> new NotFoundException("no such call"));
        return apply(callId, null, CallAction.ADMIN_END, new Input.Target(admin.userId()), null);
    }

    /** The engine acting on its own (timeouts); null if the call is gone or the action no longer applies. */
    Call system(UUID callId, CallAction action) {
        return systemAt(callId, action, Input.None.NONE, null);
    }

    /**
     * Like {@link #system}, for what a media server saw, dated at {@code at} (when it happened) rather than now,
     * so a late report still records the real times. {@code at} is kept only while it is before now, and never
     * earlier than what the call has already recorded; null means now.
     */
    Call systemAt(UUID callId, CallAction action, Input input, Instant at) {
        try {
            return apply(callId, null, action, input, at);
        } catch (InvalidTransitionException | NotFoundException e) {
            return null;
        }
    }

    private Call apply(UUID callId, UserRef user, CallAction action, Input input, Instant at) {
        ReentrantLock lock = stripes[Math.floorMod(callId.hashCode(), stripes.length)];
        lock.lock();
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Call call = load(callId, user);
                Act act = new Act(call, action, user == null ? null : user.userId(), dated(call, at), input, config);
                Change change = TransitionTable.apply(act);
                if (change.isNone()) {
                    return call;
                }
                Call next = change.call();
                next = next.withDeadline(Deadlines.next(next, config)).withVersion(call.version() + 1);
                Call stamped = next;
                List<CallEvent> events = change.events().stream().map(e -> retarget(e, stamped)).toList();
                Optional<List<CallEvent>> stored = store.update(next, events);
                if (stored.isPresent()) {
                    dispatcher.committed(stored.get());
                    commits.committed(call, next);
                    return next;
                }
            }
            throw new VersionConflictException(callId);
        } finally {
            lock.unlock();
        }
    }

    /** {@code at} if it lies between the call's last recorded instant and now, the nearest bound otherwise. */
    private Instant dated(Call call, Instant at) {
        Instant now = clock.instant();
        if (at == null || !at.isBefore(now)) {
            return now;
        }
        Instant floor = later(call.createdAt(), later(call.answeredAt(), call.idleSince()));
        for (Participant p : call.participants()) {
            floor = later(floor, later(p.invitedAt(), later(p.joinedAt(), p.leftAt())));
        }
        return at.isAfter(floor) ? at : floor;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Events carry the call exactly as stored (with its new version and deadline). */
    private static CallEvent retarget(CallEvent e, Call stored) {
        return new CallEvent(0, e.type(), e.tenant(), e.callId(), e.actor(), e.at(), stored, null, e.data());
    }

    private Call load(UUID callId, UserRef user) {
        Call call = store.find(callId).orElseThrow(() -> new NotFoundException("no such call"));
        if (user != null && (!call.tenant().equals(user.tenant()) || !call.hasParticipant(user.userId()))) {
            throw new NotFoundException("no such call");
        }
        return call;
    }

    // ------------------------------------------------------------------ reads

    public Call get(UUID callId, UserRef user) {
        return load(callId, user);
    }

    public List<Call> active(UserRef user) {
        return store.findLive(user.tenant(), user.userId()).stream()
                .filter(call -> call.participant(user.userId())
                        .map(p -> p.state() == ParticipantState.JOINED || p.state().isPending()).orElse(false))
                .toList();
    }

    public JoinInfo join(UUID callId, UserRef user) {
        Call call = load(callId, user);
        Participant p = call.participant(user.userId()).orElseThrow();
        if (call.state().isTerminal()) {
            throw new InvalidTransitionException(call.id(), call.state(), CallAction.ACCEPT, "the call has ended");
        }
        if (p.state() == ParticipantState.DECLINED) {
            throw new InvalidTransitionException(call.id(), call.state(), CallAction.ACCEPT, "you declined this call");
        }
        if (p.state() != ParticipantState.JOINED) {
            // the room's name and a token are for those in the call: an invitee answers first, one who left rejoins
            throw new InvalidTransitionException(call.id(), call.state(), CallAction.ACCEPT,
                    p.state().isPending() ? "answer the call first" : "you are not in this call");
        }
        UserProfile profile = c.users().find(user.tenant(), user.userId())
                .orElse(new UserProfile(user, p.name(), null, null));
        UserProfile callee = null;
        if (call.isOneToOne()) {
            Participant other = call.participants().stream().filter(q -> !q.userId().equals(user.userId()))
                    .findFirst().orElseThrow();
            callee = c.users().find(user.tenant(), other.userId())
                    .orElse(new UserProfile(UserRef.of(user.tenant(), other.userId()), other.name(), null, null));
        }
        MeetingProvider provider = c.providers().forTenant(call.tenant());
        return provider.join(new JoinRequest(call.room(), profile, p.isHost(), callee, call.type(), clock.instant(), null));
    }

    public RingState ringState(UUID callId, UserRef user) {
        Call call = load(callId, user);
        Participant p = call.participant(user.userId()).orElseThrow();
        String status = switch (p.state()) {
            case INVITED, RINGING -> call.state().isTerminal() ? "missed" : "ringing";
            case JOINED, LEFT -> "answered_elsewhere";
            case DECLINED -> "declined";
            case MISSED -> call.state() == CallState.CANCELLED ? "cancelled"
                    : call.endReason() == EndReason.BUSY ? "busy" : "missed";
        };
        if (call.isInitiator(user.userId())) {
            status = call.state().isTerminal() ? "ended" : "answered_elsewhere";
        }
        boolean ring = "ringing".equals(status);
        return new RingState(call.id(), ring, status, call.state());
    }

    private static RefusedException alreadyInCall() {
        return new RefusedException(ErrorCode.ALREADY_IN_CALL, "you are in another call; leave it first");
    }

    private BusyPolicy busyPolicy(String tenant) {
        return c.policy().busyPolicy(tenant, config.busyPolicy());
    }

    private UserProfile profile(UserRef user) {
        return c.users().find(user.tenant(), user.userId()).orElse(new UserProfile(user, null, null, null));
    }
}
