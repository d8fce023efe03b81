package dev.calls.admin;

import dev.calls.spi.StatsRows.HistogramRow;
import java.util.Comparator;
import java.util.List;

/**
 * A spread of times, in seconds: how many, their exact mean, and the 50th and 90th percentiles by nearest
 * rank (the smallest value at least that share of the values do not exceed), at the resolution of the
 * histogram they come from. The figures are null when there are no values.
 */
public record Distribution(long count, Double meanSeconds, Double p50Seconds, Double p90Seconds) {

    /** The distribution of a histogram whose units are {@code unitMillis} wide. */
    public static Distribution of(List<HistogramRow> rows, long unitMillis) {
        List<HistogramRow> sorted = rows.stream().sorted(Comparator.comparingLong(HistogramRow::unit)).toList();
        long count = sorted.stream().mapToLong(HistogramRow::count).sum();
        if (count == 0) {
            return new Distribution(0, null, null, null);
        }
        long sum = sorted.stream().mapToLong(HistogramRow::sumMillis).sum();
        return new Distribution(count, sum / 1000.0 / count, percentile(sorted, count, 50, unitMillis),
                percentile(sorted, count, 90, unitMillis));
    }

    private static double percentile(List<HistogramRow> sorted, long count, int percent, long unitMillis) {
        long rank = Math.max(1, (count * percent + 99) / 100); // ceil(count * percent / 100)
        long seen = 0;
        for (HistogramRow row : sorted) {
            seen += row.count();
            if (seen >= rank) {
                return row.unit() * unitMillis / 1000.0;
            }
        }
        throw new IllegalStateException("rank beyond count");
    }
}
