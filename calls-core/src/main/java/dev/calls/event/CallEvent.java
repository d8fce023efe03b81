package dev.calls.event;

import dev.calls.Call;
import dev.calls.Instants;
import dev.calls.UserRef;
import dev.calls.presence.PresenceView;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the append-only event log: the audit trail of every call and what is pushed to
 * devices. A call event carries a snapshot of the call after the change; a presence event carries the
 * user's presence; a guest event ({@code guest.*}) carries neither: its facts are in {@code data} ({@code guestId},
 * {@code name}, {@code meetingId} or {@code callId}), and it is for the one host named by {@code data.to}.
 *
 * @param sequence strictly increasing across the whole log; 0 for an event not yet stored
 * @param type what happened
 * @param tenant the tenant the event belongs to
 * @param callId the call, null for presence events and for guest events of a meeting
 * @param actor the user id who acted, null when the engine acted on its own (timeouts, media server)
 * @param at when it happened (milliseconds)
 * @param call the call after the change, null for presence events
 * @param presence the presence after the change, null for call events
 * @param data extra facts, such as {@code {"userId":"42"}} for participant events; never null
 */
public record CallEvent(
        long sequence,
        EventType type,
        String tenant,
        UUID callId,
        String actor,
        Instant at,
        Call call,
        PresenceView presence,
        Map<String, String> data) {

    public CallEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        at = Instants.millis(at);
        data = data == null ? Map.of() : Map.copyOf(data);
        if (call != null && presence != null) {
            throw new IllegalArgumentException("an event carries either a call or a presence");
        }
        if (call == null && presence == null && !type.isGuest()) {
            throw new IllegalArgumentException("only a guest event carries neither a call nor a presence");
        }
    }

    /** A call event not yet stored. */
    public static CallEvent forCall(EventType type, Call call, String actor, Instant at, Map<String, String> data) {
        return new CallEvent(0, type, call.tenant(), call.id(), actor, at, call, null, data);
    }

    /** A presence event not yet stored. */
    public static CallEvent forPresence(PresenceView presence, Instant at) {
        return new CallEvent(0, EventType.PRESENCE_CHANGED, presence.user().tenant(), null,
                presence.user().userId(), at, null, presence, Map.of());
    }

    /**
     * A guest event not yet stored, for the host {@code to}: what a waiting room tells the host's devices.
     *
     * @param callId the call the guest was invited to, or null for a meeting (named in {@code data})
     */
    public static CallEvent forGuest(EventType type, String tenant, UUID callId, String to, String actor, Instant at,
            Map<String, String> data) {
        if (!type.isGuest()) {
            throw new IllegalArgumentException("not a guest event: " + type);
        }
        Map<String, String> all = new java.util.HashMap<>(data);
        all.put(GUEST_AUDIENCE, to);
        return new CallEvent(0, type, tenant, callId, actor, at, null, null, all);
    }

    /** The {@code data} key naming the host a guest event is for. */
    public static final String GUEST_AUDIENCE = "to";

    public CallEvent withSequence(long seq) {
        return new CallEvent(seq, type, tenant, callId, actor, at, call, presence, data);
    }

    /**
     * Whether {@code user} may see this event: participants see their calls' events, every user of the
     * tenant sees presence changes.
     */
    public boolean isVisibleTo(UserRef user) {
        if (!tenant.equals(user.tenant())) {
            return false;
        }
        if (call == null && presence == null) {
            return user.userId().equals(data.get(GUEST_AUDIENCE));
        }
        return call == null || call.hasParticipant(user.userId());
    }

    /**
     * Whether a device of {@code user} that shows the presence of {@code watching} only should get this event:
     * the events of its user's calls, and presence changes of its user and of the users it watches.
     */
    public boolean isVisibleTo(UserRef user, java.util.Set<String> watching) {
        if (!isVisibleTo(user)) {
            return false;
        }
        if (presence == null) {
            return true;
        }
        String about = presence.user().userId();
        return about.equals(user.userId()) || watching.contains(about);
    }
}
