package dev.calls.spi;

import java.util.List;
import java.util.Objects;

/**
 * Rings users' phones through a push service (APNs, FCM, or the host's own). The engine calls {@link #send} for
 * every invitee each time they are rung ({@link PushMessage.Kind#RING}), whether or not a browser tab of theirs
 * is open, and again when their ringing is over ({@code CANCEL} or {@code MISSED}, with the reason). A user in
 * do-not-disturb is not rung (a stop still goes, as it may end a ring sent before). Each call names the
 * recipient's registered devices (possibly none, for a host that keeps its own device list); a notifier sends
 * to those it can reach and ignores the others.
 *
 * <p>Calls are driven from the committed event log, at least once per change (a node that stops before it has
 * pushed leaves it to the next one; see {@link DeliveryCursors}), on the delivery thread (a device de-duplicates
 * by the call id and the kind): implementations must hand slow work off, must not throw, and must be
 * thread-safe. A token the push service reports dead is handed to {@link PushFeedback#deadToken}.
 */
@FunctionalInterface
public interface PushNotifier {

    /** Sends {@code message} to those of {@code devices} this notifier reaches; returns without waiting. */
    void send(PushMessage message, List<Device> devices, PushFeedback feedback);

    /** One notifier handing each message to all of {@code notifiers}, in order; one failing does not stop the others. */
    static PushNotifier all(List<? extends PushNotifier> notifiers) {
        List<PushNotifier> copy = List.copyOf(notifiers);
        if (copy.size() == 1) {
            return copy.get(0);
        }
        return (message, devices, feedback) -> {
            for (PushNotifier n : copy) {
                try {
                    n.send(message, devices, feedback);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(PushNotifier.class)
                            .warn("push notifier {} failed for call {}", n, message.callId(), e);
                }
            }
        };
    }

    /** Shorthand for {@link #all(List)}. */
    static PushNotifier all(PushNotifier... notifiers) {
        for (PushNotifier n : notifiers) {
            Objects.requireNonNull(n, "notifier");
        }
        return all(List.of(notifiers));
    }
}
