package dev.calls.spi;

import dev.calls.UserRef;
import java.util.UUID;

/**
 * Rings users' phones through the host's push service (FCM, APNs). The engine calls {@link #invite} for every
 * invitee each time they are rung, whether or not a browser tab of theirs is open, and {@link #cancel} when their
 * ringing is over, with the reason: {@code answered_elsewhere}, {@code declined_elsewhere}, {@code cancelled},
 * {@code missed} or {@code busy}. Both carry the call id, so a device can de-duplicate. Calls are driven from the
 * committed event log, at least once (a node that stops before it has pushed leaves it to the next one; see
 * {@link DeliveryCursors}), on the delivery thread; implementations should hand off slow work and must not throw.
 */
public interface PushNotifier {

    void invite(PushInvitation invitation);

    void cancel(UserRef user, UUID callId, String reason);
}
