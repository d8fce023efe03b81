package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which phones one logged event rings or stops, read from the event alone (its type, its data and the call
 * after the change), so that a deliverer resuming anywhere in the log needs nothing it has not read:
 * <ul>
 * <li>{@code call.ringing} rings every user it names who is still invited;
 * <li>an invitee who declined or was missed in this change (their {@code leftAt} is the event's time) stops,
 *     as {@code declined_elsewhere}, {@code cancelled}, {@code busy} or {@code missed};
 * <li>an invitee who joined for the first time in this change ({@code call.accepted} or
 *     {@code participant.joined} naming them) stops as {@code answered_elsewhere}.
 * </ul>
 */
final class PushSteps {
    private PushSteps() {
    }

    static void apply(CallEvent event, RingPush push) {
        Call call = event.call();
        if (call == null) {
            return;
        }
        if (event.type() == EventType.CALL_RINGING) {
            Set<String> rung = named(event);
            for (Participant p : call.invitees()) {
                if (p.state() == ParticipantState.INVITED && rung.contains(p.userId())
                        && p.role() != dev.calls.ParticipantRole.GUEST_EXTERNAL) {
                    push.ring(call, user(call, p));
                }
            }
            return;
        }
        if (call.version() == 0) {
            return; // a new call that rang nobody (busy, not taking calls): no phone rang, none stops
        }
        for (Participant p : call.invitees()) {
            String reason = stopReason(event, call, p);
            if (reason != null) {
                push.stop(call, user(call, p), reason);
            }
        }
    }

    /** Why this change stopped {@code p}'s ringing, or null if it did not. */
    static String stopReason(CallEvent event, Call call, Participant p) {
        return switch (p.state()) {
            case DECLINED -> event.at().equals(p.leftAt()) ? "declined_elsewhere" : null;
            case MISSED -> !event.at().equals(p.leftAt()) ? null
                    : call.state() == CallState.CANCELLED ? "cancelled"
                    : EndReason.BUSY.code().equals(event.data().get("reason")) ? "busy" : "missed";
            case JOINED -> firstJoin(event, p) ? "answered_elsewhere" : null;
            default -> null;
        };
    }

    private static boolean firstJoin(CallEvent event, Participant p) {
        boolean answered = event.type() == EventType.CALL_ACCEPTED
                || (event.type() == EventType.PARTICIPANT_JOINED && !event.data().containsKey("source"));
        return answered && p.userId().equals(event.data().get("userId")) && event.at().equals(p.joinedAt());
    }

    private static Set<String> named(CallEvent event) {
        String one = event.data().get("userId");
        String many = event.data().get("userIds");
        String names = one != null ? one : many != null ? many : "";
        return Arrays.stream(names.split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static UserRef user(Call call, Participant p) {
        return UserRef.of(call.tenant(), p.userId());
    }
}
