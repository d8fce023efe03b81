package dev.calls.admin;

import dev.calls.Call;
import dev.calls.NotFoundException;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import java.util.List;
import java.util.UUID;

/**
 * A tenant administrator's view: statistics, the live calls, ending a stuck call. Every method first asks the
 * engine's {@link dev.calls.spi.AdminPolicy}; to anyone who is not an administrator the view does not exist
 * ({@link NotFoundException}). An administrator sees only their own tenant. Reach it through
 * {@link dev.calls.Calls#admin()}. Thread-safe.
 */
public interface AdminService {
    /** Whether the user administers their tenant. */
    boolean isAdmin(UserRef user);

    /**
     * Statistics over the tenant's calls created in the query's range, computed by the store.
     *
     * @throws NotFoundException not an administrator, or the engine has no {@link dev.calls.spi.AdminStore}
     */
    CallStats stats(UserRef admin, StatsQuery query);

    /** The tenant's ringing and active calls, oldest first (at most 500). @throws NotFoundException not an administrator */
    List<Call> activeCalls(UserRef admin);

    /**
     * Ends a live call of the tenant for everyone: {@code call.ended}, reason {@code ended_by_admin} (an active
     * call completes, a ringing one is cancelled). Idempotent: an ended call is returned as it is.
     *
     * @throws NotFoundException not an administrator, or no such call in the tenant
     */
    Call end(UUID callId, UserRef admin);

    /**
     * The tenant's events after {@code afterSequence} from the log, oldest first, at most {@code limit} (1 to
     * 500): those of every call, whoever took part, and presence changes. What keeps an administrator's live
     * table current.
     *
     * @throws NotFoundException not an administrator
     */
    List<CallEvent> eventsAfter(UserRef admin, long afterSequence, int limit);

    /**
     * Hands {@code listener} every call event of the administrator's tenant on this node from now on, whoever takes
     * part, in sequence order: what a live view of the tenant's calls subscribes to (after reading
     * {@link #activeCalls}, and {@link #eventsAfter} for what it missed).
     *
     * @return a handle that unsubscribes; closing it twice is harmless
     * @throws NotFoundException not an administrator
     * @throws UnsupportedOperationException the engine's event transport has no tenant-wide subscription
     *     ({@link dev.calls.spi.EventTransport#observeTenant}); the view then reads {@link #eventsAfter} instead
     */
    dev.calls.spi.EventTransport.Subscription watch(UserRef admin, dev.calls.spi.EventTransport.Listener listener);
}
