package dev.calls.internal;

import dev.calls.Call;
import dev.calls.UserRef;

/**
 * What the engine asks of users' phones: ring an invitee, or stop ringing them and say why. Called on the
 * delivery thread in log order, at least once per change (a device de-duplicates by the call id).
 */
interface RingPush {

    /** {@code invitee} is being rung for {@code call} (a new call or a ring-again). */
    void ring(Call call, UserRef invitee);

    /**
     * {@code invitee} is no longer being rung for {@code call}: {@code answered_elsewhere},
     * {@code declined_elsewhere}, {@code cancelled}, {@code missed} or {@code busy}.
     */
    void stop(Call call, UserRef invitee, String reason);
}
