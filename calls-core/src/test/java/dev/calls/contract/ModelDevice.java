package dev.calls.contract;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.presence.PresenceService;
import dev.calls.spi.EventTransport;
import java.util.ArrayList;
import java.util.List;

/**
 * One event stream of a user on one engine, recording what it receives. A device of the model also holds a
 * presence connection; a tap (one per engine and user, subscribed before the first step) holds none and is
 * the reference a device's stream is compared with.
 */
final class ModelDevice implements EventTransport.Listener {
    final int node;
    final UserRef user;
    final String label;
    /** Size of the tap of the same engine and user just before and just after this device subscribed. */
    final int tapBefore;
    int tapAfter;
    /** Size of the tap just before and just after this device closed; -1 while open. */
    int closedBefore = -1;
    int closedAfter = -1;
    private final List<CallEvent> received = new ArrayList<>();
    private EventTransport.Subscription subscription;
    private PresenceService.Connection connection;

    ModelDevice(int node, UserRef user, String label, int tapBefore) {
        this.node = node;
        this.user = user;
        this.label = label;
        this.tapBefore = tapBefore;
    }

    void opened(EventTransport.Subscription sub, PresenceService.Connection conn, int tapSize) {
        this.subscription = sub;
        this.connection = conn;
        this.tapAfter = tapSize;
    }

    boolean isOpen() {
        return closedBefore < 0;
    }

    /** Ends the stream and the connection (the presence connection first, as a servlet stream does). */
    void close(int tapSizeBefore, java.util.function.IntSupplier tapSize) {
        closedBefore = tapSizeBefore;
        if (connection != null) {
            connection.close();
        }
        subscription.close();
        closedAfter = tapSize.getAsInt();
    }

    @Override
    public synchronized void onEvent(CallEvent event) {
        received.add(event);
    }

    synchronized List<CallEvent> received() {
        return List.copyOf(received);
    }

    synchronized int size() {
        return received.size();
    }

    @Override
    public String toString() {
        return label;
    }
}
