package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.ErrorCode;
import dev.calls.InvalidTransitionException;
import dev.calls.MediaUpdate;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The effects named in the {@link TransitionTable}: each computes the call after one action. */
final class Effects {
    private Effects() {
    }

    static Change acknowledge(Act a) {
        Call after = a.call().withParticipant(a.actor(), p -> p.withState(ParticipantState.RINGING));
        return one(a, after, EventType.CALL_ACKNOWLEDGED, Map.of("userId", a.actor()));
    }

    static Change accept(Act a) {
        Call call = a.call();
        Participant p = call.participant(a.actor()).orElseThrow();
        if (p.state() == ParticipantState.DECLINED && call.state() == CallState.RINGING) {
            throw new InvalidTransitionException(call.id(), call.state(), a.action(), "you declined this call");
        }
        Call after = call.withParticipant(a.actor(), q -> q.joined(a.now()));
        if (call.state() == CallState.RINGING) {
            after = after.withState(CallState.ACTIVE, null, null).withAnsweredAt(a.now());
            if (a.config().idleTimeout() != null && after.participants().stream().noneMatch(Participant::inRoom)) {
                after = after.withIdleSince(a.now());
            }
            return one(a, after, EventType.CALL_ACCEPTED, Map.of("userId", a.actor()));
        }
        return one(a, after, EventType.PARTICIPANT_JOINED, Map.of("userId", a.actor()));
    }

    static Change decline(Act a) {
        Call call = a.call();
        Participant p = call.participant(a.actor()).orElseThrow();
        if (!p.state().isPending()) {
            // a joined participant of an active call who "declines" is leaving
            if (call.state() == CallState.ACTIVE && p.state() == ParticipantState.JOINED) {
                return leave(a);
            }
            throw new InvalidTransitionException(call.id(), call.state(), a.action(), "you are not being rung");
        }
        Call after = call.withParticipant(a.actor(), q -> q.ended(ParticipantState.DECLINED, a.now()));
        List<CallEvent> events = new ArrayList<>();
        if (after.state() == CallState.RINGING) {
            after = settleRinging(after, a.now());
        }
        EventType type = after.state() == CallState.MISSED ? EventType.CALL_MISSED : EventType.CALL_DECLINED;
        events.add(a.event(after, type, Map.of("userId", a.actor())));
        return new Change(after, events);
    }

    static Change cancel(Act a) {
        Call after = terminate(a.call(), CallState.CANCELLED, EndReason.CANCELLED_BY_CALLER, a.now());
        return one(a, after, EventType.CALL_CANCELLED, Map.of("reason", EndReason.CANCELLED_BY_CALLER.code()));
    }

    static Change leave(Act a) {
        Call call = a.call();
        Participant p = call.participant(a.actor()).orElseThrow();
        if (p.state().isPending()) {
            return decline(a);
        }
        if (p.state() != ParticipantState.JOINED) {
            return Change.none(call);
        }
        Call after = call.withParticipant(a.actor(), q -> q.ended(ParticipantState.LEFT, a.now()));
        if (after.joinedCount() < 2) {
            after = terminate(after, CallState.COMPLETED, EndReason.HUNG_UP, a.now());
            return one(a, after, EventType.CALL_ENDED, Map.of("userId", a.actor(), "reason", EndReason.HUNG_UP.code()));
        }
        return one(a, after, EventType.PARTICIPANT_LEFT, Map.of("userId", a.actor()));
    }

    static Change hangUp(Act a) {
        Participant p = a.call().participant(a.actor()).orElseThrow();
        if (p.state() != ParticipantState.JOINED) {
            return leave(a);
        }
        return end(a, EndReason.HUNG_UP);
    }

    static Change maxDuration(Act a) {
        return end(a, EndReason.MAX_DURATION);
    }

    static Change idle(Act a) {
        return end(a, EndReason.IDLE);
    }

    static Change roomDestroyed(Act a) {
        return end(a, EndReason.ROOM_DESTROYED);
    }

    static Change fail(Act a) {
        Call after = terminate(a.call(), CallState.FAILED, EndReason.FAILED, a.now());
        return one(a, after, EventType.CALL_ENDED, Map.of("reason", EndReason.FAILED.code()));
    }

    private static Change end(Act a, EndReason reason) {
        Call after = terminate(a.call(), CallState.COMPLETED, reason, a.now());
        return one(a, after, EventType.CALL_ENDED, Map.of("reason", reason.code()));
    }

    static Change media(Act a) {
        if (!(a.argument() instanceof MediaUpdate m)) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "a media update is required");
        }
        Participant p = a.call().participant(a.actor()).orElseThrow();
        if (p.state() != ParticipantState.JOINED) {
            throw new InvalidTransitionException(a.call().id(), a.call().state(), a.action(), "you have not joined");
        }
        String quality = m.connectionQuality() != null ? m.connectionQuality() : p.connectionQuality();
        if (quality != null && quality.length() > 32) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "connectionQuality is at most 32 characters");
        }
        boolean audio = m.audioMuted() != null ? m.audioMuted() : p.audioMuted();
        boolean video = m.videoMuted() != null ? m.videoMuted() : p.videoMuted();
        if (audio == p.audioMuted() && video == p.videoMuted() && java.util.Objects.equals(quality, p.connectionQuality())) {
            return Change.none(a.call());
        }
        Call after = a.call().withParticipant(a.actor(), q -> q.withMedia(audio, video, quality));
        Map<String, String> data = new LinkedHashMap<>();
        data.put("userId", a.actor());
        data.put("audioMuted", Boolean.toString(audio));
        data.put("videoMuted", Boolean.toString(video));
        if (quality != null) {
            data.put("connectionQuality", quality);
        }
        return one(a, after, EventType.PARTICIPANT_MEDIA, data);
    }

    static Change ringAgain(Act a) {
        String target = (String) a.argument();
        Call call = a.call();
        Participant p = call.participant(target).orElseThrow(
                () -> new RefusedException(ErrorCode.INVALID_REQUEST, "that user is not invited to this call"));
        if (call.isInitiator(target) || p.state() == ParticipantState.JOINED) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "that user is already in the call");
        }
        Call after = call.withParticipant(target, q -> q.reinvited(a.now()));
        return one(a, after, EventType.CALL_RINGING, Map.of("userId", target));
    }

    /** Argument: a {@link RoomPresence}: the media server saw a user enter or leave the room. */
    static Change roomPresence(Act a) {
        RoomPresence report = (RoomPresence) a.argument();
        Call call = a.call();
        Participant p = call.participant(report.userId()).orElse(null);
        if (p == null || p.inRoom() == report.inRoom()) {
            return Change.none(call);
        }
        Call after = call.withParticipant(report.userId(), q -> q.withInRoom(report.inRoom()));
        boolean anyone = after.participants().stream().anyMatch(Participant::inRoom);
        after = after.withIdleSince(anyone ? null : a.now());
        EventType type = report.inRoom() ? EventType.PARTICIPANT_JOINED : EventType.PARTICIPANT_LEFT;
        return one(a, after, type, Map.of("userId", report.userId(), "source", "media"));
    }

    /** Invitees rung longer than the ring timeout are missed; a ringing call with nobody left to ask ends. */
    static Change ringTimeout(Act a) {
        Call call = a.call();
        Instant cutoff = a.now().minus(a.config().ringTimeout());
        List<String> expired = call.invitees().stream()
                .filter(p -> p.state().isPending() && !p.invitedAt().isAfter(cutoff))
                .map(Participant::userId)
                .toList();
        if (expired.isEmpty()) {
            return Change.none(call);
        }
        Call after = call;
        for (String userId : expired) {
            after = after.withParticipant(userId, q -> q.ended(ParticipantState.MISSED, a.now()));
        }
        if (after.state() == CallState.RINGING) {
            after = settleRinging(after, a.now());
        }
        return one(a, after, EventType.CALL_MISSED, Map.of("userIds", String.join(",", expired)));
    }

    /** A ringing call with no invitee left to ask is over: declined if everyone declined, else missed. */
    private static Call settleRinging(Call call, Instant now) {
        List<Participant> invitees = call.invitees();
        if (invitees.stream().anyMatch(p -> p.state().isPending())) {
            return call;
        }
        boolean allDeclined = invitees.stream().allMatch(p -> p.state() == ParticipantState.DECLINED);
        return allDeclined
                ? terminate(call, CallState.DECLINED, EndReason.DECLINED, now)
                : terminate(call, CallState.MISSED, EndReason.NO_ANSWER, now);
    }

    /** Ends the call: joined participants leave, anyone still being rung has missed it. */
    static Call terminate(Call call, CallState state, EndReason reason, Instant now) {
        List<Participant> ps = call.participants().stream().map(p -> {
            if (p.state() == ParticipantState.JOINED) {
                return p.ended(ParticipantState.LEFT, now);
            }
            if (p.state().isPending()) {
                return p.ended(ParticipantState.MISSED, now);
            }
            return p.withInRoom(false);
        }).toList();
        return call.withParticipants(ps).withState(state, reason, now);
    }

    private static Change one(Act a, Call after, EventType type, Map<String, String> data) {
        return new Change(after, List.of(a.event(after, type, data)));
    }
}
