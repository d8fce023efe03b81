package dev.calls.spi;

import dev.calls.UserRef;
import java.util.UUID;

/**
 * Rings users' phones through the host's push service (FCM, APNs). The engine calls
 * {@link #invite} for each invitee who has no open event stream, and {@link #cancel} when such a
 * ringing is over (answered elsewhere, cancelled, declined, missed). Calls come after the change is
 * committed, on an engine thread; implementations should hand off slow work and must not throw.
 */
public interface PushNotifier {

    void invite(PushInvitation invitation);

    void cancel(UserRef user, UUID callId, String reason);
}
