package dev.calls.admin;

import dev.calls.CallState;
import dev.calls.EndReason;
import dev.calls.spi.AdminStore;
import dev.calls.spi.StatsRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's call statistics over the calls created in {@code [from, to)}.
 *
 * @param calls every call created in the range
 * @param answered calls someone answered
 * @param answerRate answered calls among those no longer ringing, 0 to 1; null when there are none
 * @param byState calls per state (every state, in the order of {@link CallState})
 * @param byEndReason ended calls per end reason (every reason, in the order of {@link EndReason})
 * @param timeToAnswer from start to the first answer, at a tenth of a second
 * @param duration talk time of answered calls that ended, at a second
 * @param missedByUser invitees by calls they missed, most first
 * @param peakConcurrent most of these calls active at the same moment
 * @param series one point per bucket of the range, oldest first, empty buckets included
 */
public record CallStats(Instant from, Instant to, StatsBucket bucket, long calls, long answered, Double answerRate,
        Map<String, Long> byState, Map<String, Long> byEndReason, Distribution timeToAnswer, Distribution duration,
        List<StatsRows.UserCount> missedByUser, long peakConcurrent, List<Point> series) {

    /**
     * One bucket of the series.
     *
     * @param start where the bucket starts (a whole UTC day or hour)
     * @param missed calls that ended missed (nobody answered in time, or the callee was busy)
     */
    public record Point(Instant start, long calls, long answered, long missed) {
    }

    /** Derives the statistics from what the store aggregated. */
    public static CallStats of(StatsQuery q, StatsRows rows) {
        Map<String, Long> byState = new LinkedHashMap<>();
        for (CallState s : CallState.values()) {
            byState.put(s.wire(), 0L);
        }
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (EndReason r : EndReason.values()) {
            byReason.put(r.code(), 0L);
        }
        long width = q.bucket().millis();
        long first = Math.floorDiv(q.from().toEpochMilli(), width);
        int n = (int) (Math.floorDiv(q.to().toEpochMilli() - 1, width) - first + 1);
        long[][] points = new long[n][3];
        long calls = 0;
        long answered = 0;
        for (StatsRows.BucketRow row : rows.buckets()) {
            calls += row.calls();
            answered += row.answered();
            byState.merge(row.state(), row.calls(), Long::sum);
            if (row.endReason() != null) {
                byReason.merge(row.endReason(), row.calls(), Long::sum);
            }
            int i = (int) (row.bucket() - first);
            if (i >= 0 && i < n) {
                points[i][0] += row.calls();
                points[i][1] += row.answered();
                points[i][2] += CallState.MISSED.wire().equals(row.state()) ? row.calls() : 0;
            }
        }
        List<Point> series = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            series.add(new Point(Instant.ofEpochMilli((first + i) * width), points[i][0], points[i][1], points[i][2]));
        }
        long decided = calls - byState.get(CallState.RINGING.wire());
        Double rate = decided == 0 ? null : (double) answered / decided;
        return new CallStats(q.from(), q.to(), q.bucket(), calls, answered, rate, byState, byReason,
                Distribution.of(rows.answerTimes(), AdminStore.ANSWER_TIME_UNIT_MILLIS),
                Distribution.of(rows.durations(), AdminStore.DURATION_UNIT_MILLIS), rows.missed(),
                rows.peakConcurrent(), series);
    }
}
