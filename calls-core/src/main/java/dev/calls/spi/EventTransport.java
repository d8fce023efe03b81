package dev.calls.spi;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import java.util.Set;

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

    /**
     * Registers a listener for every call event of {@code tenant}, whoever takes part: what keeps a tenant
     * administrator's live view of the calls current. Optional: the default refuses, and the view then reads the
     * tenant's log instead.
     *
     * @return a handle that unsubscribes; closing it twice is harmless
     * @throws UnsupportedOperationException when this transport offers no tenant-wide subscription
     */
    default Subscription observeTenant(String tenant, Listener listener) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no tenant-wide subscription");
    }

    /**
     * Registers a listener for the events visible to {@code user} of which presence changes only for the users
     * in {@code watching} and {@code user} itself ({@link CallEvent#isVisibleTo(UserRef, Set)}): what a device
     * showing a few people's presence needs, so a presence change costs its watchers, not the whole tenant. The
     * set can be changed on the open subscription ({@link Subscription#watch}).
     *
     * <p>The default filters a {@link #subscribe(UserRef, Listener) tenant-wide subscription}: correct, but every
     * presence change of the tenant still reaches the filter. Transports should index the watchers instead.
     */
    default Subscription subscribe(UserRef user, Set<String> watching, Listener listener) {
        Watching filter = new Watching(user, watching, listener);
        Subscription all = subscribe(user, filter);
        return new Subscription() {
            @Override
            public void close() {
                all.close();
            }

            @Override
            public void watch(Set<String> userIds) {
                filter.watching = Set.copyOf(userIds);
            }
        };
    }

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

        /**
         * Replaces the users whose presence changes this subscription gets (its own user's always).
         *
         * @throws UnsupportedOperationException for a subscription made without a watch set (it gets everyone's)
         */
        default void watch(Set<String> userIds) {
            throw new UnsupportedOperationException("this subscription gets the presence of the whole tenant");
        }
    }

    /** The filter of the default {@link #subscribe(UserRef, Set, Listener)}. */
    final class Watching implements Listener {
        private final UserRef user;
        private final Listener listener;
        private volatile Set<String> watching;

        Watching(UserRef user, Set<String> watching, Listener listener) {
            this.user = user;
            this.watching = Set.copyOf(watching);
            this.listener = listener;
        }

        @Override
        public void onEvent(CallEvent event) {
            if (event.isVisibleTo(user, watching)) {
                listener.onEvent(event);
            }
        }
    }
}
