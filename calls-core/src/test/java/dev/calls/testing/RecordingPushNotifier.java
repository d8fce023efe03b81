package dev.calls.testing;

import dev.calls.UserRef;
import dev.calls.spi.PushInvitation;
import dev.calls.spi.PushNotifier;
import java.util.UUID;

/** A push service stand-in (mobile push has no local one): records every invitation and cancellation. */
public final class RecordingPushNotifier implements PushNotifier {
    public final Recorder<PushInvitation> invitations = new Recorder<>();
    public final Recorder<Cancellation> cancellations = new Recorder<>();

    /** One cancelled ringing. */
    public record Cancellation(UserRef user, UUID callId, String reason) {
    }

    @Override
    public void invite(PushInvitation invitation) {
        invitations.add(invitation);
    }

    @Override
    public void cancel(UserRef user, UUID callId, String reason) {
        cancellations.add(new Cancellation(user, callId, reason));
    }
}
