package dev.calls.contract;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.MediaType;
import dev.calls.Participant;
import dev.calls.ParticipantRole;
import dev.calls.ParticipantState;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid {@link Call} values and events for store tests, built without an engine. Every call is in a
 * state the engine could produce, with instants at millisecond precision.
 */
public final class CallFixtures {
    /** A realistic instant with a non-zero millisecond part. */
    public static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123Z");
    public static final Duration RING = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private CallFixtures() {
    }

    /** A tenant id no other test uses, so tests need not rely on an empty store for tenant-scoped reads. */
    public static String tenant() {
        return "t-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    }

    /**
     * Ids that sort by {@code n} the same way everywhere: Java's {@link UUID#compareTo}, unsigned bytes
     * (PostgreSQL, H2) and text (a {@code CHAR(36)} column). Only the last group varies with {@code n}; the
     * {@code prefix} makes ids of different tests distinct.
     */
    public static UUID sortableId(long prefix, int n) {
        long msb = (prefix & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
        return new UUID(msb & Long.MAX_VALUE, 0x8000_0000_0000_0000L | n);
    }

    public static long idPrefix() {
        return RANDOM.nextLong();
    }

    /** A room name in Jitsi's alphabet, unique per call. */
    public static String room() {
        return "calls-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    /** A ringing call from {@code initiator} to the invitees, created at {@code at}, version 0. */
    public static Call ringing(String tenant, Instant at, String initiator, String... invitees) {
        return ringing(UUID.randomUUID(), tenant, at, initiator, invitees);
    }

    public static Call ringing(UUID id, String tenant, Instant at, String initiator, String... invitees) {
        List<Participant> ps = new ArrayList<>();
        ps.add(new Participant(initiator, name(initiator), ParticipantRole.HOST, ParticipantState.JOINED,
                false, false, null, false, at, at, null));
        for (String invitee : invitees) {
            ps.add(new Participant(invitee, name(invitee), ParticipantRole.GUEST, ParticipantState.INVITED,
                    false, false, null, false, at, null, null));
        }
        return new Call(id, tenant, MediaType.VIDEO, initiator, ps, room(), "public", CallState.RINGING, at,
                null, null, null, at.plus(RING), null, 0);
    }

    /** {@code by} answered at {@code at}: the call is active, one version later. */
    public static Call answered(Call ringing, String by, Instant at) {
        return ringing.withParticipant(by, p -> p.joined(at))
                .withState(CallState.ACTIVE, null, null)
                .withAnsweredAt(at)
                .withDeadline(at.plus(Duration.ofHours(8)))
                .withVersion(ringing.version() + 1);
    }

    /** Nobody answered: every pending invitee missed it, one version later. */
    public static Call missed(Call ringing, Instant at) {
        return terminal(ringing, CallState.MISSED, EndReason.NO_ANSWER, at);
    }

    /** The caller hung up while ringing: every pending invitee missed it, one version later. */
    public static Call cancelled(Call ringing, Instant at) {
        return terminal(ringing, CallState.CANCELLED, EndReason.CANCELLED_BY_CALLER, at);
    }

    /** Every invitee declined, one version later. */
    public static Call declined(Call ringing, Instant at) {
        Call call = ringing;
        for (Participant p : ringing.invitees()) {
            call = call.withParticipant(p.userId(), q -> q.ended(ParticipantState.DECLINED, at));
        }
        return terminal(call, CallState.DECLINED, EndReason.DECLINED, at);
    }

    /** Hung up: joined participants left, one version later. */
    public static Call completed(Call active, Instant at) {
        return terminal(active, CallState.COMPLETED, EndReason.HUNG_UP, at);
    }

    private static Call terminal(Call call, CallState state, EndReason reason, Instant at) {
        List<Participant> ps = call.participants().stream().map(p -> {
            if (p.state() == ParticipantState.JOINED) {
                return p.ended(ParticipantState.LEFT, at);
            }
            return p.state().isPending() ? p.ended(ParticipantState.MISSED, at) : p;
        }).toList();
        return call.withParticipants(ps).withState(state, reason, at).withVersion(call.version() + 1);
    }

    /**
     * A call with {@code size} participants in every participant state and every optional field set:
     * names outside ASCII, media flags, connection quality, in-room flags, all instants (a terminal call
     * keeps a deadline and idle instant here only to prove the store keeps them).
     */
    public static Call everyFieldSet(String tenant, int size, boolean terminal) {
        Instant at = T0.plusNanos(987_654_321);
        ParticipantState[] states = ParticipantState.values();
        List<Participant> ps = new ArrayList<>();
        ps.add(new Participant("zed-42", "Zoë Ångström-李", ParticipantRole.HOST,
                terminal ? ParticipantState.LEFT : ParticipantState.JOINED, true, true, "good", !terminal,
                at, at, terminal ? at.plusSeconds(600) : null));
        for (int i = 1; i < size; i++) {
            ParticipantState s = terminal && states[i % states.length] != ParticipantState.LEFT
                    ? (i % 2 == 0 ? ParticipantState.DECLINED : ParticipantState.MISSED)
                    : states[i % states.length];
            boolean answered = s == ParticipantState.JOINED || s == ParticipantState.LEFT;
            ps.add(new Participant("user." + (100 - i) + "@example.com", "Invitee Nº" + i + " \"Ö\"",
                    i % 3 == 0 ? ParticipantRole.HOST : ParticipantRole.GUEST, s, i % 2 == 0, i % 3 == 0,
                    i % 4 == 0 ? null : "quality-" + i, !terminal && s == ParticipantState.JOINED,
                    at.plusMillis(i), answered ? at.plusSeconds(i) : null,
                    s.isPending() || s == ParticipantState.JOINED ? null : at.plusSeconds(60 + i)));
        }
        return new Call(UUID.randomUUID(), tenant, MediaType.AUDIO, "zed-42", ps, room(), "self-hosted",
                terminal ? CallState.COMPLETED : CallState.ACTIVE, at, at.plusSeconds(5),
                terminal ? at.plusSeconds(600) : null, terminal ? EndReason.MAX_DURATION : null,
                at.plus(Duration.ofHours(8)), at.plusSeconds(7), 0);
    }

    /** A call event with the acting user in its data. */
    public static CallEvent event(EventType type, Call call, String actor, Instant at) {
        return CallEvent.forCall(type, call, actor, at, actor == null ? Map.of() : Map.of("userId", actor));
    }

    /** The {@code call.ringing} event a new call is stored with. */
    public static CallEvent ringingEvent(Call call) {
        return CallEvent.forCall(EventType.CALL_RINGING, call, call.initiator(), call.createdAt(),
                Map.of("userIds", String.join(",", call.invitees().stream().map(Participant::userId).toList())));
    }

    /** A {@code presence.changed} event for the user. */
    public static CallEvent presenceEvent(String tenant, String userId, Instant at) {
        PresenceView view = new PresenceView(UserRef.of(tenant, userId), name(userId), PresenceStatus.AWAY,
                "back at 3", true, false, at, true, false, true);
        return CallEvent.forPresence(view, at);
    }

    private static String name(String userId) {
        return userId.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + userId.substring(1) + " Tester";
    }
}
