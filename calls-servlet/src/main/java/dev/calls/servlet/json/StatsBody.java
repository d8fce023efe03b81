package dev.calls.servlet.json;

import dev.calls.admin.CallStats;
import dev.calls.admin.Distribution;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tenant's call statistics as {@code GET /admin/stats} shows them. */
public record StatsBody(Instant from, Instant to, String bucket, long calls, long answered, Double answerRate,
        Map<String, Long> byState, Map<String, Long> byEndReason, Distribution timeToAnswer, Distribution duration,
        List<Missed> missedByUser, long peakConcurrent, List<Point> series) {

    /** A user and the calls they missed. */
    public record Missed(String userId, long missed) {
    }

    /** One bucket of the series. */
    public record Point(Instant start, long calls, long answered, long missed) {
    }

    public static StatsBody of(CallStats s) {
        return new StatsBody(s.from(), s.to(), s.bucket().wire(), s.calls(), s.answered(), s.answerRate(),
                s.byState(), s.byEndReason(), s.timeToAnswer(), s.duration(),
                s.missedByUser().stream().map(u -> new Missed(u.userId(), u.count())).toList(), s.peakConcurrent(),
                s.series().stream().map(p -> new Point(p.start(), p.calls(), p.answered(), p.missed())).toList());
    }
}
