package dev.calls.spi;

import dev.calls.Call;
import dev.calls.event.CallEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where calls and the event log live. Implementations must be thread-safe, and must write a call and
 * the events of the same change atomically: either both are stored or neither is.
 *
 * <p>Every method throws {@link dev.calls.StorageException} only when storage itself is broken; a lost
 * race is never an exception (see each method). Instants are stored to the millisecond.
 *
 * <p>Every implementation must pass {@code AbstractCallStoreContractTest} from calls-core's test-jar.
 */
public interface CallStore {

    /**
     * Stores a new call (version 0) and appends its events in order.
     *
     * @return the events as stored, each with its new sequence number, strictly increasing
     * @throws IllegalArgumentException if a call with that id exists already
     */
    List<CallEvent> create(Call call, List<CallEvent> events);

    /**
     * Replaces the stored call, if and only if its stored version is still {@code updated.version() - 1},
     * and appends the events of that change. This conditional write is also how a due timeout is
     * claimed: of several nodes racing with the same version, exactly one succeeds.
     *
     * @return the stored events with sequence numbers, or empty if the version did not match (a lost
     *     race: nothing was written)
     */
    Optional<List<CallEvent>> update(Call updated, List<CallEvent> events);

    /** Appends events that belong to no call change (presence); returns them with sequence numbers. */
    List<CallEvent> append(List<CallEvent> events);

    /** The call with this id, or empty. */
    Optional<Call> find(UUID id);

    /** The call using this media room (room names are unique), or empty: how media-server reports find their call. */
    Optional<Call> findByRoom(String room);

    /**
     * Ringing and active calls of the tenant in which {@code userId} is a participant, in any
     * participant state, oldest first.
     */
    List<Call> findLive(String tenant, String userId);

    /** Up to {@code limit} live calls whose deadline is at or before {@code now}, earliest deadline first. */
    List<Call> findDue(Instant now, int limit);

    /**
     * The user's calls, newest first ({@code createdAt} descending, then id descending), keyset-paged.
     */
    List<Call> history(String tenant, String userId, HistoryQuery query);

    /**
     * Events of the tenant with a sequence greater than {@code afterSequence}, in sequence order, at most
     * {@code limit}. An event appended later never has a lower sequence than one already returned.
     */
    List<CallEvent> eventsAfter(String tenant, long afterSequence, int limit);

    /** Events of every tenant after {@code afterSequence}, in sequence order: what a cross-node relay tails. */
    List<CallEvent> eventsAfter(long afterSequence, int limit);

    /** The highest sequence stored, 0 when the log is empty. */
    long lastSequence();
}
