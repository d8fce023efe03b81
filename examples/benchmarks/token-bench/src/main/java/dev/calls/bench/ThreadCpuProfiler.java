package dev.calls.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Operations per CPU-second of the benchmark's worker threads ({@code -prof dev.calls.bench.ThreadCpuProfiler}).
 * On a machine shared with other work, wall-clock throughput swings with everyone else's load; the CPU time
 * the worker actually got does not, so this is the figure to compare against "tokens per second on one core",
 * and {@code cpu.share} says how much of the wall time the worker was running at all.
 */
public final class ThreadCpuProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuBefore = new HashMap<>();
    private long wallBefore;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuBefore.clear();
        workerCpu().forEach(cpuBefore::put);
        wallBefore = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        long wall = System.nanoTime() - wallBefore;
        long cpu = 0;
        for (Map.Entry<Long, Long> worker : workerCpu().entrySet()) {
            cpu += worker.getValue() - cpuBefore.getOrDefault(worker.getKey(), 0L);
        }
        double cpuSeconds = cpu / 1e9;
        return List.of(
                new ScalarResult("cpu.ops", result.getMetadata().getAllOps() / cpuSeconds, "ops/cpu-s",
                        AggregationPolicy.AVG),
                new ScalarResult("cpu.share", cpu / (double) wall, "cpu/wall", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds of every live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
