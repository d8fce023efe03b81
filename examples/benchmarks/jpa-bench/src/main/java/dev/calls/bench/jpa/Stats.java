package dev.calls.bench.jpa;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of samples in nanoseconds, printed in milliseconds. */
record Stats(long[] sorted) {

    static Stats of(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return new Stats(values);
    }

    double millis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String summary() {
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", millis(50), millis(99), millis(100),
                sorted.length);
    }
}
