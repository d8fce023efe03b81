package dev.calls.spi;

import dev.calls.Call;
import dev.calls.admin.StatsQuery;
import java.util.List;

/**
 * The reads behind a tenant administrator's view, computed by the store itself: aggregates over the calls
 * <i>created</i> in a time range (never the rows themselves), and the tenant's live calls. Implementations are
 * thread-safe and read-only; they throw only when storage is broken. Every implementation must pass
 * {@code AbstractAdminStoreContractTest} from calls-core's test-jar.
 */
public interface AdminStore {
    /** Resolution of {@link StatsRows#answerTimes()}: time to answer in tenths of a second. */
    long ANSWER_TIME_UNIT_MILLIS = 100;
    /** Resolution of {@link StatsRows#durations()}: talk time in whole seconds. */
    long DURATION_UNIT_MILLIS = 1000;

    /**
     * Aggregates over the tenant's calls with {@code query.from() <= createdAt < query.to()}:
     * <ul>
     * <li>per bucket ({@code floor(createdAt / bucket)} in UTC), state and end reason: how many, how many answered;
     * <li>a histogram of time to answer ({@code answeredAt - createdAt}, answered calls) in units of
     *     {@link #ANSWER_TIME_UNIT_MILLIS}, rounded down, with the exact sum of milliseconds per unit;
     * <li>a histogram of talk time ({@code endedAt - answeredAt}, answered calls that ended) in units of
     *     {@link #DURATION_UNIT_MILLIS}, the same way;
     * <li>invitees who missed calls (participant state missed, the initiator never is), most first, then by
     *     user id, at most {@code query.topMissed()};
     * <li>the most of these calls ever active at once: intervals {@code [answeredAt, endedAt)}, open while
     *     live; an end at the same instant as another's answer does not overlap it.
     * </ul>
     */
    StatsRows stats(String tenant, StatsQuery query);

    /** The tenant's ringing and active calls, oldest first, at most {@code limit}. */
    List<Call> liveCalls(String tenant, int limit);
}
