package dev.calls.spi;

import java.util.List;

/**
 * Raw aggregates an {@link AdminStore} computes; {@link dev.calls.admin.CallStats#of} derives rates and
 * percentiles from them, the same way for every store.
 *
 * @param buckets one row per (bucket, state, end reason) that has calls, in any order
 * @param answerTimes histogram of time to answer, in any order
 * @param durations histogram of talk time, in any order
 * @param missed invitees by calls missed, most first, then by user id
 * @param peakConcurrent most calls active at once
 */
public record StatsRows(List<BucketRow> buckets, List<HistogramRow> answerTimes, List<HistogramRow> durations,
        List<UserCount> missed, long peakConcurrent) {

    public StatsRows {
        buckets = List.copyOf(buckets);
        answerTimes = List.copyOf(answerTimes);
        durations = List.copyOf(durations);
        missed = List.copyOf(missed);
    }

    /**
     * Calls of one bucket in one state with one end reason.
     *
     * @param bucket {@code floor(createdAt millis / bucket millis)}
     * @param state the call state's wire value ({@code completed})
     * @param endReason the end reason's wire value, null while live
     */
    public record BucketRow(long bucket, String state, String endReason, long calls, long answered) {
    }

    /**
     * Values that fall in one unit.
     *
     * @param unit the value divided by the histogram's unit, rounded down
     * @param count how many
     * @param sumMillis the exact sum of their values in milliseconds
     */
    public record HistogramRow(long unit, long count, long sumMillis) {
    }

    /** A user and a count. */
    public record UserCount(String userId, long count) {
    }
}
