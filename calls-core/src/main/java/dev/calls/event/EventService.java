package dev.calls.event;

import dev.calls.UserRef;
import dev.calls.spi.EventTransport;
import java.util.List;

/** Live and past events for one user's devices. Thread-safe. */
public interface EventService {

    /** Live events visible to the user, from now on. */
    EventTransport.Subscription subscribe(UserRef user, EventTransport.Listener listener);

    /**
     * Stored events visible to the user with a sequence above {@code afterSequence}, oldest first, at most
     * {@code limit} (1 to 500): how a reconnecting device catches up ({@code Last-Event-ID}).
     */
    List<CallEvent> after(UserRef user, long afterSequence, int limit);

    /** The newest sequence in the log, for a device that wants only events from now on. */
    long lastSequence();
}
