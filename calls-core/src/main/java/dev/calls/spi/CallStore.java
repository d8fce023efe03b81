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
 * <p><b>Claims.</b> Every call written holds the {@link CallClaim}s derived from it: a user claim for each
 * participant joined in a ringing or active call, and a pair claim for a live call of exactly two
 * participants; a terminal call holds none. {@link #create} and {@link #update} take the claims of the new
 * version and release those it no longer holds atomically with the write, so on every node sharing the store
 * a user is joined in at most one live call and two users have at most one live 1:1 call. If another call
 * holds one of the claims, nothing is written and they throw {@link ClaimConflictException} naming that
 * call. Claims always agree with the stored calls (across restarts, and whichever node changed the call).
 *
 * <p>Every implementation must pass {@code AbstractCallStoreContractTest} from calls-core's test-jar.
 */
public interface CallStore {

    /**
     * Stores a new call (version 0), takes its claims and appends its events in order. Of several threads or
     * nodes creating calls that need the same claim, exactly one succeeds.
     *
     * @return the events as stored, each with its new sequence number, strictly increasing
     * @throws IllegalArgumentException if a call with that id exists already
     * @throws ClaimConflictException if another call holds one of the call's claims; nothing was written
     */
    List<CallEvent> create(Call call, List<CallEvent> events);

    /**
     * Replaces the stored call, if and only if its stored version is still {@code updated.version() - 1},
     * and appends the events of that change. This conditional write is also how a due timeout is
     * claimed: of several nodes racing with the same version, exactly one succeeds. The claims of
     * {@code updated} replace those of the stored version in the same write.
     *
     * @return the stored events with sequence numbers, or empty if the version did not match (a lost
     *     race: nothing was written). The version is checked first: a lost race is empty, never a conflict.
     * @throws ClaimConflictException if the version matched but another call holds one of the claims of
     *     {@code updated}; nothing was written
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
