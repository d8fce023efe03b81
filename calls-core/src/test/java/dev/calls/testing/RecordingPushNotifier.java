package dev.calls.testing;

import dev.calls.UserRef;
import dev.calls.spi.Device;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import dev.calls.spi.PushNotifier;
import java.util.List;
import java.util.UUID;

/** A push service stand-in (mobile push has no local one): records every ring and every stop, with the devices. */
public final class RecordingPushNotifier implements PushNotifier {
    public final Recorder<PushMessage> invitations = new Recorder<>();
    public final Recorder<Cancellation> cancellations = new Recorder<>();
    public final Recorder<Sent> sent = new Recorder<>();

    /** One cancelled ringing. */
    public record Cancellation(UserRef user, UUID callId, String reason) {
    }

    /** One message with the devices it was for and the feedback to report on. */
    public record Sent(PushMessage message, List<Device> devices, PushFeedback feedback) {
    }

    @Override
    public void send(PushMessage message, List<Device> devices, PushFeedback feedback) {
        sent.add(new Sent(message, devices, feedback));
        if (message.kind() == PushMessage.Kind.RING) {
            invitations.add(message);
        } else {
            cancellations.add(new Cancellation(message.recipient(), message.callId(), message.reason()));
        }
    }
}
