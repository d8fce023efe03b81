package dev.calls.memory;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.admin.StatsQuery;
import dev.calls.spi.AdminStore;
import dev.calls.spi.StatsRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@link AdminStore} of an {@link InMemoryCallStore}: aggregates computed over its calls on each read. */
public final class InMemoryAdminStore implements AdminStore {
    private final InMemoryCallStore store;

    public InMemoryAdminStore(InMemoryCallStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public StatsRows stats(String tenant, StatsQuery q) {
        List<Call> calls = store.calls(tenant).stream()
                .filter(c -> !c.createdAt().isBefore(q.from()) && c.createdAt().isBefore(q.to())).toList();
        long width = q.bucket().millis();
        Map<List<Object>, long[]> buckets = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Call c : calls) {
            List<Object> key = new ArrayList<>();
            key.add(Math.floorDiv(c.createdAt().toEpochMilli(), width));
            key.add(c.state().wire());
            key.add(c.endReason() == null ? null : c.endReason().code());
            long[] v = buckets.computeIfAbsent(key, k -> new long[2]);
            v[0]++;
            v[1] += c.answeredAt() != null ? 1 : 0;
        }
        List<StatsRows.BucketRow> bucketRows = buckets.entrySet().stream().map(e -> new StatsRows.BucketRow(
                (Long) e.getKey().get(0), (String) e.getKey().get(1), (String) e.getKey().get(2), e.getValue()[0],
                e.getValue()[1])).toList();
        List<Call> answered = calls.stream().filter(c -> c.answeredAt() != null).toList();
        List<StatsRows.HistogramRow> answerTimes = histogram(answered,
                c -> c.answeredAt().toEpochMilli() - c.createdAt().toEpochMilli(), ANSWER_TIME_UNIT_MILLIS);
        List<StatsRows.HistogramRow> durations = histogram(
                answered.stream().filter(c -> c.endedAt() != null).toList(),
                c -> c.endedAt().toEpochMilli() - c.answeredAt().toEpochMilli(), DURATION_UNIT_MILLIS);
        Map<String, Long> missed = calls.stream().flatMap(c -> c.invitees().stream())
                .filter(p -> p.state() == ParticipantState.MISSED)
                .collect(Collectors.groupingBy(Participant::userId, Collectors.counting()));
        List<StatsRows.UserCount> top = missed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(q.topMissed()).map(e -> new StatsRows.UserCount(e.getKey(), e.getValue())).toList();
        return new StatsRows(bucketRows, answerTimes, durations, top, peak(answered));
    }

    private static List<StatsRows.HistogramRow> histogram(List<Call> calls, Function<Call, Long> millis, long unit) {
        Map<Long, long[]> rows = new TreeMap<>();
        for (Call c : calls) {
            long ms = millis.apply(c);
            long[] v = rows.computeIfAbsent(Math.floorDiv(ms, unit), k -> new long[2]);
            v[0]++;
            v[1] += ms;
        }
        return rows.entrySet().stream()
                .map(e -> new StatsRows.HistogramRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Sweeps answers (+1) and ends (-1) in time order, an end before an answer at the same instant. */
    private static long peak(List<Call> answered) {
        List<long[]> steps = new ArrayList<>();
        for (Call c : answered) {
            steps.add(new long[] {c.answeredAt().toEpochMilli(), 1});
            Instant end = c.endedAt();
            if (end != null && c.state() != CallState.ACTIVE) {
                steps.add(new long[] {end.toEpochMilli(), -1});
            }
        }
        steps.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
        long now = 0;
        long peak = 0;
        for (long[] s : steps) {
            now += s[1];
            peak = Math.max(peak, now);
        }
        return peak;
    }

    @Override
    public List<Call> liveCalls(String tenant, int limit) {
        return store.liveCalls(tenant, limit);
    }
}
