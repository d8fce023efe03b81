package dev.calls.spi;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;

/**
 * Delivers stored events to the devices connected to this node. The engine calls {@link #publish}
 * only after the change is committed. The servlet module's event streams subscribe here; a cross-node
 * relay publishes events stored by other nodes.
 *
 * <p>Implementations are thread-safe; {@code publish} must not block on slow listeners.
 */
public interface EventTransport extends AutoCloseable {

    /**
     * Hands a stored event to every local subscriber that may see it ({@link CallEvent#isVisibleTo}). Unless
     * {@link #readsTheLog()}, the engine publishes every event in strictly increasing sequence order, with no
     * gap in the log's sequences, and the transport must keep that order for each subscriber.
     */
    void publish(CallEvent event);

    /**
     * Whether this transport reads the events it delivers from the log itself (as a cross-node relay does), in
     * sequence order, so that {@link #publish} is only a wake-up and the engine need not order what it
     * publishes. Default false.
     */
    default boolean readsTheLog() {
        return false;
    }

    /**
     * Registers a listener for the events visible to {@code user} (one per device stream).
     *
     * @return a handle that unsubscribes; closing it twice is harmless
     */
    Subscription subscribe(UserRef user, Listener listener);

    /** Releases resources; subscriptions end. */
    @Override
    default void close() {
    }

    /** Receives events; must return quickly and not throw. */
    @FunctionalInterface
    interface Listener {
        void onEvent(CallEvent event);
    }

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
