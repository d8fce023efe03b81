package dev.calls.event;

import dev.calls.UserRef;
import dev.calls.spi.EventTransport;
import java.util.List;

/** Live and past events for one user's devices. Thread-safe. */
public interface EventService {

    /** Live events visible to the user, from now on, with every presence change of the tenant. */
    EventTransport.Subscription subscribe(UserRef user, EventTransport.Listener listener);

    /**
     * Live events visible to the user, from now on, with presence changes only of the users in {@code watching}
     * and the user's own ({@link CallEvent#isVisibleTo(UserRef, java.util.Set)}); the set can be changed on the
     * open subscription. What a device that shows a few people's presence subscribes to: a presence change
     * then costs its watchers, not the whole tenant.
     */
    EventTransport.Subscription subscribe(UserRef user, java.util.Set<String> watching,
            EventTransport.Listener listener);

    /**
     * Stored events visible to the user with a sequence above {@code afterSequence}, oldest first, at most
     * {@code limit} (1 to 500): how a reconnecting device catches up ({@code Last-Event-ID}).
     */
    List<CallEvent> after(UserRef user, long afterSequence, int limit);

    /**
     * Stored events visible to the user with a sequence above {@code afterSequence}, oldest first, read until
     * the end of the log or a limit, with the position reached: how an event stream or a long poll catches a
     * device up without losing its place.
     *
     * @throws dev.calls.RefusedException {@code invalid_request}: a negative sequence
     */
    Replay replay(UserRef user, long afterSequence, Replay.Limits limits);

    /** The newest sequence in the log, for a device that wants only events from now on. */
    long lastSequence();
}
