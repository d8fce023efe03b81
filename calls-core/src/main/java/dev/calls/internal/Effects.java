package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.ErrorCode;
import dev.calls.InputLimits;
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
import java.util.UUID;

/** The effects named in the {@link TransitionTable}: each computes the call after one action. */
final class Effects {
    private Effects() {
    }

    /**
     * A new call rings every invitee who can be rung; a 1:1 call to a user who is busy or not taking calls is kept
     * as missed (reason {@code busy} or {@code unavailable}).
     */
    static Change start(Act a, Input.Start in) {
        Instant now = a.now();
        List<Participant> participants = new ArrayList<>();
        participants.add(Participant.initiator(in.caller(), now));
        RefusedException firstRefusal = null;
        for (int i = 0; i < in.callees().size(); i++) {
            RefusedException refusal = in.refusals().get(i);
            Participant invitee = Participant.invitee(in.callees().get(i), now);
            if (refusal != null) {
                firstRefusal = firstRefusal == null ? refusal : firstRefusal;
                invitee = invitee.ended(ParticipantState.MISSED, now);
            }
            participants.add(invitee);
        }
        String caller = in.caller().ref().userId();
        Call call = new Call(UUID.randomUUID(), in.caller().ref().tenant(), in.type(), caller, participants,
                in.room(), in.provider(), CallState.RINGING, now, null, null, null, null, null, 0);
        List<String> rung = participants.stream().filter(p -> p.state().isPending()).map(Participant::userId).toList();
        if (rung.isEmpty()) {
            EndReason kept = in.callees().size() != 1 ? null
                    : firstRefusal.code() == ErrorCode.RECIPIENT_BUSY ? EndReason.BUSY
                    : firstRefusal.code() == ErrorCode.RECIPIENT_UNAVAILABLE ? EndReason.UNAVAILABLE : null;
            if (kept != null) {
                // kept in both histories: "busy", or "not taking calls" (do not disturb), rather than nowhere
                Call missed = terminate(call, CallState.MISSED, kept, now);
                return new Change(missed, List.of(a.event(missed, EventType.CALL_MISSED,
                        Map.of("reason", kept.code()))), firstRefusal);
            }
            throw firstRefusal;
        }
        return one(a, call, EventType.CALL_RINGING, Map.of("userIds", String.join(",", rung)));
    }

    static Change acknowledge(Act a) {
        Call after = a.call().withParticipant(a.actor(), p -> p.withState(ParticipantState.RINGING));
        return one(a, after, EventType.CALL_ACKNOWLEDGED, Map.of("userId", a.actor()));
    }

    /** The first invitee to answer makes the call active. */
    static Change answer(Act a) {
        Call after = a.call().withParticipant(a.actor(), q -> q.joined(a.now()))
                .withState(CallState.ACTIVE, null, null).withAnsweredAt(a.now());
        return one(a, after, EventType.CALL_ACCEPTED, Map.of("userId", a.actor()));
    }

    /** Another invitee joins an active call (or one who left comes back). */
    static Change join(Act a) {
        Call after = a.call().withParticipant(a.actor(), q -> q.joined(a.now()));
        return one(a, after, EventType.PARTICIPANT_JOINED, Map.of("userId", a.actor()));
    }

    /** An invitee being rung says no; a ringing call with nobody left to ask is over. */
    static Change decline(Act a) {
        Call after = a.call().withParticipant(a.actor(), q -> q.ended(ParticipantState.DECLINED, a.now()));
        if (after.state() == CallState.RINGING) {
            after = settleRinging(after, a.now());
        }
        EventType type = after.state() == CallState.MISSED ? EventType.CALL_MISSED : EventType.CALL_DECLINED;
        return one(a, after, type, Map.of("userId", a.actor()));
    }

    static Change cancel(Act a) {
        Call after = terminate(a.call(), CallState.CANCELLED, EndReason.CANCELLED_BY_CALLER, a.now());
        return one(a, after, EventType.CALL_CANCELLED, Map.of("reason", EndReason.CANCELLED_BY_CALLER.code()));
    }

    /** A joined participant leaves; the call ends when fewer than two remain joined. */
    static Change leave(Act a) {
        Call after = a.call().withParticipant(a.actor(), q -> q.ended(ParticipantState.LEFT, a.now()));
        if (after.joinedCount() < 2) {
            after = terminate(after, CallState.COMPLETED, EndReason.HUNG_UP, a.now());
            return one(a, after, EventType.CALL_ENDED, Map.of("userId", a.actor(), "reason", EndReason.HUNG_UP.code()));
        }
        return one(a, after, EventType.PARTICIPANT_LEFT, Map.of("userId", a.actor()));
    }

    /** A joined participant ends the call for everyone. */
    static Change hangUp(Act a) {
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

    /**
     * The invitee answered another call: this one stops ringing them. A 1:1 call left with nobody to ask ends as
     * missed, reason {@code busy}, so its caller hears "busy" rather than "no answer".
     */
    static Change busyElsewhere(Act a, Input.Target in) {
        Call call = a.call();
        Participant p = call.participant(in.userId()).orElse(null);
        if (p == null || !p.state().isPending() || call.isInitiator(in.userId())) {
            return Change.none(call);
        }
        Call after = call.withParticipant(in.userId(), q -> q.ended(ParticipantState.MISSED, a.now()));
        if (after.state() == CallState.RINGING && after.invitees().stream().noneMatch(q -> q.state().isPending())) {
            after = call.isOneToOne() ? terminate(after, CallState.MISSED, EndReason.BUSY, a.now())
                    : settleRinging(after, a.now());
        }
        return one(a, after, EventType.CALL_MISSED, Map.of("userIds", in.userId(), "reason", EndReason.BUSY.code()));
    }

    /** A ringing call whose room the media server destroyed (the caller's side is gone) is over. */
    static Change roomGoneWhileRinging(Act a) {
        Call after = terminate(a.call(), CallState.CANCELLED, EndReason.ROOM_DESTROYED, a.now());
        return one(a, after, EventType.CALL_CANCELLED, Map.of("reason", EndReason.ROOM_DESTROYED.code()));
    }

    /**
     * A joined participant's media failed: they leave. The call goes on while two remain joined; it completes
     * (reason {@code failed}) when one remains, and fails only when nobody else was still in it.
     */
    static Change failOut(Act a) {
        Call after = a.call().withParticipant(a.actor(), q -> q.ended(ParticipantState.LEFT, a.now()));
        long remaining = after.joinedCount();
        if (remaining >= 2) {
            return one(a, after, EventType.PARTICIPANT_LEFT,
                    Map.of("userId", a.actor(), "reason", EndReason.FAILED.code()));
        }
        CallState state = remaining == 0 ? CallState.FAILED : CallState.COMPLETED;
        after = terminate(after, state, EndReason.FAILED, a.now());
        return one(a, after, EventType.CALL_ENDED, Map.of("userId", a.actor(), "reason", EndReason.FAILED.code()));
    }

    /**
     * A tenant administrator ends a stuck call: an active call completes, a ringing one is cancelled; either way
     * {@code call.ended}, reason {@code ended_by_admin}, naming the administrator.
     */
    static Change endByAdmin(Act a, Input.Target admin) {
        CallState state = a.call().state() == CallState.ACTIVE ? CallState.COMPLETED : CallState.CANCELLED;
        Call after = terminate(a.call(), state, EndReason.ENDED_BY_ADMIN, a.now());
        return one(a, after, EventType.CALL_ENDED,
                Map.of("reason", EndReason.ENDED_BY_ADMIN.code(), "by", admin.userId()));
    }

    static Change fail(Act a) {
        Call after = terminate(a.call(), CallState.FAILED, EndReason.FAILED, a.now());
        return one(a, after, EventType.CALL_ENDED, Map.of("reason", EndReason.FAILED.code()));
    }

    private static Change end(Act a, EndReason reason) {
        Call after = terminate(a.call(), CallState.COMPLETED, reason, a.now());
        return one(a, after, EventType.CALL_ENDED, Map.of("reason", reason.code()));
    }

    static Change media(Act a, Input.Media in) {
        MediaUpdate m = in.update();
        Participant p = a.call().participant(a.actor()).orElseThrow();
        String quality = m.connectionQuality() != null ? m.connectionQuality() : p.connectionQuality();
        if (quality != null && !InputLimits.fits(quality, InputLimits.MAX_CONNECTION_QUALITY_LENGTH)) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "connectionQuality is at most " + InputLimits.MAX_CONNECTION_QUALITY_LENGTH + " characters");
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

    static Change ringAgain(Act a, Input.Target in) {
        String target = in.userId();
        Call call = a.call();
        Participant p = call.participant(target).orElseThrow(
                () -> new RefusedException(ErrorCode.INVALID_REQUEST, "that user is not invited to this call"));
        if (call.isInitiator(target) || p.state() == ParticipantState.JOINED) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "that user is already in the call");
        }
        // dated after the call's creation even within its first millisecond, so a ring-again is told apart from
        // the first ring (at most one ring-again per invitee per ring timeout)
        Instant at = a.now().isAfter(call.createdAt()) ? a.now() : call.createdAt().plusMillis(1);
        Call after = call.withParticipant(target, q -> q.reinvited(at));
        return one(a, after, EventType.CALL_RINGING, Map.of("userId", target));
    }

    /**
     * A host lets a guest without an account into the call: a new invitee with the role {@code guest-external},
     * rung (their pass is the ring), never a moderator. Inviting the same guest again changes nothing.
     */
    static Change inviteGuest(Act a, Input.Guest in) {
        Call call = a.call();
        if (call.hasParticipant(in.participantId())) {
            return Change.none(call);
        }
        Instant at = a.now().isAfter(call.createdAt()) ? a.now() : call.createdAt().plusMillis(1);
        java.util.List<Participant> all = new java.util.ArrayList<>(call.participants());
        all.add(new Participant(in.participantId(), in.name(), dev.calls.ParticipantRole.GUEST_EXTERNAL,
                ParticipantState.INVITED, false, false, null, false, at, null, null));
        Call after = call.withParticipants(all);
        return one(a, after, EventType.CALL_RINGING, Map.of("userId", in.participantId()));
    }

    /** The media server (or the user's browser) saw a user enter or leave the room. */
    static Change roomPresence(Act a, Input.Room report) {
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
