package dev.calls.contract;

import static dev.calls.contract.CallFixtures.answered;
import static dev.calls.contract.CallFixtures.cancelled;
import static dev.calls.contract.CallFixtures.completed;
import static dev.calls.contract.CallFixtures.declined;
import static dev.calls.contract.CallFixtures.missed;
import static dev.calls.contract.CallFixtures.ringing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.calls.Call;
import dev.calls.admin.CallStats;
import dev.calls.admin.Distribution;
import dev.calls.admin.StatsBucket;
import dev.calls.admin.StatsQuery;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallStore;
import dev.calls.spi.StatsRows.UserCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AdminStore} passes: statistics over a fixture of calls with known outcomes, answer
 * times and durations, the range and tenant edges, and the live calls. Extend it, return an empty call store
 * and the admin store that reads it, and for a durable store empty its tables in {@link #cleanUp()}.
 */
public abstract class AbstractAdminStoreContractTest {
    /** A whole UTC day: the fixture's first bucket. */
    protected static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    protected CallStore calls;
    protected AdminStore admin;
    protected String tenant;
    private Call activeCall;
    private Call ringingCall;

    protected abstract CallStore newCallStore();

    /** The admin store over {@link #calls}. */
    protected abstract AdminStore newAdminStore(CallStore calls);

    protected void cleanUp() {
    }

    @BeforeEach
    void fixture() {
        calls = newCallStore();
        admin = newAdminStore(calls);
        tenant = CallFixtures.tenant();
        Instant h10 = DAY.plus(Duration.ofHours(10));
        // talked: answered after 2 s, 4.5 s and 1.2 s; talked 60 s, 120.5 s, 30 s. c3 is answered at the very
        // instant c1 ends: the two do not overlap, so at most two (c1 and c2, then c2 and c3) are active at once
        talk(h10, "alice", "bob", 2_000, 60_000);
        talk(h10.plusSeconds(30), "carol", "dave", 4_500, 120_500);
        talk(h10.plusMillis(60_800), "erin", "frank", 1_200, 30_000);
        end(ringing(tenant, DAY.plus(Duration.ofHours(12)), "alice", "bob"), "missed");
        end(ringing(tenant, DAY.plus(Duration.ofHours(13)), "alice", "carol"), "missed");
        Instant next = DAY.plus(Duration.ofDays(1));
        end(ringing(tenant, next.plus(Duration.ofHours(9)), "alice", "bob"), "missed");
        end(ringing(tenant, next.plus(Duration.ofMinutes(570)), "alice", "bob"), "declined");
        end(ringing(tenant, next.plus(Duration.ofHours(10)), "dave", "bob"), "cancelled");
        Call live = write(ringing(tenant, next.plus(Duration.ofHours(11)), "erin", "frank"));
        activeCall = save(answered(live, "frank", live.createdAt().plusMillis(3_000)));
        ringingCall = write(ringing(tenant, next.plus(Duration.ofHours(11)).plusSeconds(10), "gina", "hank"));
        // outside: a millisecond before the range, at its exclusive end, and another tenant's call inside it
        end(ringing(tenant, DAY.minusMillis(1), "ivan", "bob"), "missed");
        end(ringing(tenant, DAY.plus(Duration.ofDays(2)), "ivan", "bob"), "missed");
        Call other = write(ringing(CallFixtures.tenant(), h10, "alice", "bob"));
        save(completed(save(answered(other, "bob", h10.plusSeconds(1))), h10.plusSeconds(9)));
    }

    @AfterEach
    void clean() {
        cleanUp();
    }

    private void talk(Instant at, String from, String to, long answerMillis, long talkMillis) {
        Call r = write(ringing(tenant, at, from, to));
        Call a = save(answered(r, to, at.plusMillis(answerMillis)));
        save(completed(a, a.answeredAt().plusMillis(talkMillis)));
    }

    private void end(Call ringing, String how) {
        Call r = write(ringing);
        Instant at = r.createdAt().plusSeconds(30);
        save(switch (how) {
            case "missed" -> missed(r, at);
            case "declined" -> declined(r, at);
            default -> cancelled(r, at);
        });
    }

    private Call write(Call call) {
        calls.create(call, List.of(CallFixtures.ringingEvent(call)));
        return call;
    }

    private Call save(Call next) {
        CallEvent e = CallFixtures.event(EventType.CALL_ENDED, next, null,
                next.endedAt() != null ? next.endedAt() : next.createdAt());
        calls.update(next, List.of(e)).orElseThrow();
        return next;
    }

    private CallStats stats(Instant from, Instant to, StatsBucket bucket) {
        StatsQuery q = new StatsQuery(from, to, bucket, StatsQuery.DEFAULT_TOP_MISSED);
        return CallStats.of(q, admin.stats(tenant, q));
    }

    @Test
    void statsOverTwoDaysCountOutcomesRatesAndSeries() {
        CallStats s = stats(DAY, DAY.plus(Duration.ofDays(2)), StatsBucket.DAY);

        assertEquals(10, s.calls());
        assertEquals(4, s.answered());
        assertEquals(4.0 / 9, s.answerRate(), 1e-9);
        assertEquals(Map.of("ringing", 1L, "active", 1L, "completed", 3L, "missed", 3L, "declined", 1L,
                "cancelled", 1L, "failed", 0L), s.byState());
        assertEquals(3L, s.byEndReason().get("hung_up"));
        assertEquals(3L, s.byEndReason().get("no_answer"));
        assertEquals(1L, s.byEndReason().get("declined"));
        assertEquals(1L, s.byEndReason().get("cancelled_by_caller"));
        assertEquals(0L, s.byEndReason().get("ended_by_admin"));
        assertEquals(List.of(new CallStats.Point(DAY, 5, 3, 2),
                new CallStats.Point(DAY.plus(Duration.ofDays(1)), 5, 1, 1)), s.series());
    }

    @Test
    void statsGiveExactMeansAndNearestRankPercentiles() {
        CallStats s = stats(DAY, DAY.plus(Duration.ofDays(2)), StatsBucket.DAY);

        // answer times 1.2, 2, 3, 4.5 s; talk times 30, 60, 120.5 s (the live call has no duration yet)
        assertEquals(new Distribution(4, 2.675, 2.0, 4.5), s.timeToAnswer());
        assertEquals(3, s.duration().count());
        assertEquals(210.5 / 3, s.duration().meanSeconds(), 1e-9);
        assertEquals(60.0, s.duration().p50Seconds());
        assertEquals(120.0, s.duration().p90Seconds());
    }

    @Test
    void statsListWhoMissedCallsMostFirstAndThePeakOfConcurrentCalls() {
        CallStats s = stats(DAY, DAY.plus(Duration.ofDays(2)), StatsBucket.DAY);

        // bob: two unanswered calls and one cancelled while ringing him; declining is not missing
        assertEquals(List.of(new UserCount("bob", 3), new UserCount("carol", 1)), s.missedByUser());
        assertEquals(2, s.peakConcurrent());
    }

    @Test
    void statsByHourIncludeEmptyBucketsAndCountFromInclusiveToExclusive() {
        Instant h10 = DAY.plus(Duration.ofHours(10));

        CallStats s = stats(h10, h10.plus(Duration.ofHours(2)), StatsBucket.HOUR);
        CallStats edge = stats(h10.plusSeconds(30), h10.plusSeconds(31), StatsBucket.HOUR);

        assertEquals(List.of(new CallStats.Point(h10, 3, 3, 0),
                new CallStats.Point(h10.plus(Duration.ofHours(1)), 0, 0, 0)), s.series());
        assertEquals(1, edge.calls());
        assertEquals(List.of(new CallStats.Point(h10, 1, 1, 0)), edge.series());
        assertEquals(1, edge.peakConcurrent());
    }

    @Test
    void statsOfARangeWithoutCallsAreZeroWithoutFigures() {
        CallStats s = stats(DAY.minus(Duration.ofDays(10)), DAY.minus(Duration.ofDays(9)), StatsBucket.DAY);

        assertEquals(0, s.calls());
        assertNull(s.answerRate());
        assertEquals(new Distribution(0, null, null, null), s.duration());
        assertEquals(List.of(), s.missedByUser());
        assertEquals(0, s.peakConcurrent());
        assertEquals(1, s.series().size());
    }

    @Test
    void liveCallsAreTheTenantsRingingAndActiveCallsOldestFirst() {
        List<Call> live = admin.liveCalls(tenant, 10);

        assertEquals(List.of(activeCall.id(), ringingCall.id()), live.stream().map(Call::id).toList());
        assertEquals(activeCall, live.get(0));
        assertEquals(List.of(activeCall.id()), admin.liveCalls(tenant, 1).stream().map(Call::id).toList());
    }
}
