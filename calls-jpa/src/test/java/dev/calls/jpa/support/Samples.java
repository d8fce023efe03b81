package dev.calls.jpa.support;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.MediaType;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls and events to store, built straight from the domain types. */
public final class Samples {
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

    private Samples() {
    }

    /** A ringing call from {@code caller} to the callees, created at {@code at}, due 30 s later. */
    public static Call ringing(String tenant, String caller, Instant at, String... callees) {
        List<Participant> ps = new ArrayList<>();
        ps.add(Participant.initiator(UserProfile.of(tenant, caller, caller.toUpperCase()), at));
        for (String callee : callees) {
            ps.add(Participant.invitee(UserProfile.of(tenant, callee, "Name of " + callee), at));
        }
        return new Call(UUID.randomUUID(), tenant, MediaType.VIDEO, caller, ps,
                "calls-" + UUID.randomUUID().toString().replace("-", ""), "public", CallState.RINGING, at, null, null,
                null, at.plusSeconds(30), null, 0);
    }

    /** The next version of the call, answered by {@code callee} at {@code at}. */
    public static Call accepted(Call call, String callee, Instant at) {
        return call.withParticipant(callee, p -> p.joined(at).withMedia(true, false, "good").withInRoom(true))
                .withAnsweredAt(at)
                .withState(CallState.ACTIVE, null, null)
                .withDeadline(at.plusSeconds(3600))
                .withIdleSince(at)
                .withVersion(call.version() + 1);
    }

    /** The next version of the call, missed at {@code at}. */
    public static Call missed(Call call, Instant at) {
        List<Participant> ps = call.participants().stream()
                .map(p -> p.state().isPending() ? p.ended(ParticipantState.MISSED, at) : p)
                .toList();
        return call.withParticipants(ps).withState(CallState.MISSED, EndReason.NO_ANSWER, at)
                .withVersion(call.version() + 1);
    }

    /** The next version of an active call, hung up at {@code at}. */
    public static Call ended(Call call, Instant at) {
        List<Participant> ps = call.participants().stream()
                .map(p -> p.state() == ParticipantState.JOINED ? p.ended(ParticipantState.LEFT, at) : p)
                .toList();
        return call.withParticipants(ps).withState(CallState.COMPLETED, EndReason.HUNG_UP, at)
                .withVersion(call.version() + 1);
    }

    public static CallEvent event(EventType type, Call call, String actor, Instant at) {
        return CallEvent.forCall(type, call, actor, at, Map.of("userId", actor == null ? "-" : actor));
    }

    public static CallEvent presence(String tenant, String userId, Instant at) {
        PresenceView view = new PresenceView(UserRef.of(tenant, userId), userId, PresenceStatus.AWAY, "lunch", true,
                false, at, true, false, false);
        return CallEvent.forPresence(view, at);
    }
}
