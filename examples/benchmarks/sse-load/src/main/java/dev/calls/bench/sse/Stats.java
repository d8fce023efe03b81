package dev.calls.bench.sse;

import java.util.Arrays;

/** Percentiles of nanosecond samples, printed in milliseconds. */
final class Stats {
    private Stats() {
    }

    static String summary(long[] nanos) {
        if (nanos.length == 0) {
            return "n=0";
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("n=%d p50=%.2fms p99=%.2fms max=%.2fms", s.length, ms(pct(s, 50)), ms(pct(s, 99)),
                ms(s[s.length - 1]));
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
