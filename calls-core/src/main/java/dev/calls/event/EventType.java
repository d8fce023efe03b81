package dev.calls.event;

/**
 * What happened. The wire names ({@code call.ringing} …) are stable; the seeds' names map one to one:
 * {@code participant_ringing} = {@link #CALL_RINGING}/{@link #CALL_ACKNOWLEDGED}, {@code call_accepted} =
 * {@link #CALL_ACCEPTED}, {@code call_rejected} = {@link #CALL_DECLINED}, {@code call_ended} =
 * {@link #CALL_ENDED}, {@code call_status_update} = {@link #PARTICIPANT_MEDIA}.
 */
public enum EventType {
    CALL_RINGING("call.ringing"),
    CALL_ACKNOWLEDGED("call.acknowledged"),
    CALL_ACCEPTED("call.accepted"),
    CALL_DECLINED("call.declined"),
    CALL_CANCELLED("call.cancelled"),
    CALL_MISSED("call.missed"),
    CALL_ENDED("call.ended"),
    PARTICIPANT_JOINED("participant.joined"),
    PARTICIPANT_LEFT("participant.left"),
    PARTICIPANT_MEDIA("participant.media"),
    PRESENCE_CHANGED("presence.changed"),
    /** A guest knocked and waits in the waiting room; for the hosts of the meeting or call. */
    GUEST_WAITING("guest.waiting"),
    /** A host (or the meeting's rule, when a host joined) let a guest in. */
    GUEST_ADMITTED("guest.admitted"),
    /** A host turned a guest away. */
    GUEST_DENIED("guest.denied");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /**
     * True for the events that can leave a call in a terminal state. In a group call one invitee's decline or
     * ring timeout uses the same types while the call goes on: check {@code event.call().state()}.
     */
    public boolean isTerminal() {
        return this == CALL_DECLINED || this == CALL_CANCELLED || this == CALL_MISSED || this == CALL_ENDED;
    }

    /** The waiting room's events: they carry no call snapshot and reach one host. */
    public boolean isGuest() {
        return this == GUEST_WAITING || this == GUEST_ADMITTED || this == GUEST_DENIED;
    }

    public static EventType fromWire(String wire) {
        for (EventType type : values()) {
            if (type.wire.equals(wire)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + wire);
    }
}
