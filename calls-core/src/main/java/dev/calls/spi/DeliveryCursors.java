package dev.calls.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Durable, leased positions in the event log, for work that must follow every committed event at least once
 * even when a node stops: the engine calls its {@link CallListener}s and its {@link PushNotifier} from such a
 * cursor. One node at a time holds a cursor's lease; it reads the log after the cursor's position, acts on each
 * event, then {@linkplain #advance advances} the cursor. If it stops before advancing, the next holder (another
 * node once the lease has run out, or the same node restarted) acts on those events again.
 *
 * <p>A {@link CallStore} that also implements this interface shares its cursors with every node on it (both
 * stores the library ships do); otherwise each engine keeps its cursors in memory, which is at-least-once only
 * for as long as the process lives. Implementations must be thread-safe and must let exactly one owner hold a
 * lease at a time, across nodes.
 */
public interface DeliveryCursors {

    /**
     * Takes the lease on cursor {@code name} for {@code owner}, or renews it, until {@code now + ttl}, if no other
     * owner holds it past {@code now}. A cursor that does not exist yet is created at {@code startAt}.
     *
     * @return the cursor's position (events up to it were handled) when {@code owner} holds the lease now; empty
     *     when another owner's lease is still running
     */
    OptionalLong lease(String name, String owner, long startAt, Instant now, Duration ttl);

    /**
     * Moves cursor {@code name} forward to {@code position} if {@code owner} still holds its lease.
     *
     * @return false if the lease was lost (another owner took it over): the caller must stop handling events
     */
    boolean advance(String name, String owner, long position);

    /** Gives up {@code owner}'s lease on {@code name}, so another node may take it over at once. */
    void release(String name, String owner);
}
