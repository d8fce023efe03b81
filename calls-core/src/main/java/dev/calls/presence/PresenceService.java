package dev.calls.presence;

import dev.calls.UserRef;
import java.util.Collection;
import java.util.List;

/**
 * Presence as soft state: kept in memory, written behind to the {@link dev.calls.spi.PresenceStore} in
 * batches. A user is online while an event stream of theirs is open or within the presence timeout of a
 * heartbeat; setting one's presence counts as a heartbeat. Thread-safe.
 */
public interface PresenceService {

    /** A sign of life from a client without an open stream; returns the user's presence. */
    PresenceView heartbeat(UserRef user);

    /** Changes the user's own settings (and counts as a heartbeat); publishes {@code presence.changed}. */
    PresenceView update(UserRef user, PresenceUpdate update);

    /**
     * Ends the user's presence at once, for a host's sign-out: others see them offline now rather than when
     * the presence timeout runs out, and {@code presence.changed} is published. Their next sign of life (a
     * heartbeat, a presence update, a new event stream) brings them back online. An event stream of theirs
     * still open (another tab or device) keeps them online; one closing after the sign-out does not count as
     * a sign of life. Known only to this node until the timeout: other nodes of a cluster see the user online
     * until then. Idempotent.
     *
     * @return the user's presence as others now see it
     */
    PresenceView signOut(UserRef user);

    /** The user's presence as others see it. */
    PresenceView get(UserRef user);

    /** The presence of several users of one tenant, in the order asked (unknown users come back offline). */
    List<PresenceView> get(String tenant, Collection<String> userIds);

    /**
     * Online users of the tenant ordered by user id, keyset-paged.
     *
     * @param callableOnly only users who could be rung now
     * @param cursor from the previous page, null for the first
     * @param limit 1 to 200
     */
    PresencePage online(String tenant, boolean callableOnly, String cursor, int limit);

    /**
     * Registers an open connection (an event stream) that keeps the user online until closed. Transports
     * call this for each stream they hold.
     */
    Connection connect(UserRef user);

    /** Whether the user has an open connection on this node. */
    boolean isConnected(UserRef user);

    /** An open connection; closing it twice is harmless. */
    interface Connection extends AutoCloseable {
        @Override
        void close();
    }
}
