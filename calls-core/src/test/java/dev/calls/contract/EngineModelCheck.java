package dev.calls.contract;

import java.util.List;
import java.util.Random;

/**
 * A randomized, model-based check of the calling engine: seeded random sequences of operations from the users
 * of one tenant against two or three engines sharing one store, checking {@link ModelChecks the engine's
 * promises} after every step. A store module runs it on its stores through {@link ModelStores}.
 *
 * <p>Each sequence has its own seed. A failure names it and lists the steps; {@code -Dcalls.model.seed=<seed>}
 * replays exactly that sequence. {@code -Dcalls.model.sequences} and {@code -Dcalls.model.steps} run more (or
 * fewer); {@code -Dcalls.model.base=<n>} changes the seeds the sequences draw (default fixed, so a build is
 * reproducible), and {@code -Dcalls.model.base=random} draws fresh ones.
 */
public final class EngineModelCheck {
    public static final String SEED = "calls.model.seed";
    public static final String SEQUENCES = "calls.model.sequences";
    public static final String STEPS = "calls.model.steps";
    public static final String BASE = "calls.model.base";
    private static final long DEFAULT_BASE = 20_260_105L;

    private final ModelStores stores;
    private final int sequences;
    private final int steps;

    /** Runs {@code sequences} sequences of {@code steps} steps unless system properties say otherwise. */
    public EngineModelCheck(ModelStores stores, int sequences, int steps) {
        this.stores = stores;
        this.sequences = Integer.getInteger(SEQUENCES, sequences);
        this.steps = Integer.getInteger(STEPS, steps);
    }

    /** Runs every sequence (or only the one of {@code -Dcalls.model.seed}); prints and returns the summary. */
    public String run() {
        String replay = System.getProperty(SEED);
        List<Long> seeds = replay != null && !replay.isBlank() ? List.of(Long.parseLong(replay.trim())) : seeds();
        ModelStats stats = new ModelStats();
        long started = System.currentTimeMillis();
        for (long seed : seeds) {
            runOne(seed, steps, stats);
        }
        String summary = stats.line(stores.name(), System.currentTimeMillis() - started);
        System.out.println(summary);
        return summary;
    }

    /** Runs only the sequence of {@code seed} (unless {@code -Dcalls.model.seed} names another). */
    public String runSeed(long seed) {
        String replay = System.getProperty(SEED);
        ModelStats stats = new ModelStats();
        long started = System.currentTimeMillis();
        runOne(replay != null && !replay.isBlank() ? Long.parseLong(replay.trim()) : seed, steps, stats);
        String summary = stats.line(stores.name(), System.currentTimeMillis() - started);
        System.out.println(summary);
        return summary;
    }

    /** Runs one sequence; a violation fails with its seed and every step taken. */
    private void runOne(long seed, int stepCount, ModelStats stats) {
        ModelRun run = null;
        try {
            run = new ModelRun(seed, stores, stats);
            run.run(stepCount);
            stats.sequences++;
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(failure(seed, stepCount, run, e), e);
        } finally {
            if (run != null) {
                run.close();
            }
        }
    }

    private String failure(long seed, int stepCount, ModelRun run, Throwable e) {
        StringBuilder text = new StringBuilder("engine model on ").append(stores.name()).append(" failed with seed ")
                .append(seed).append(" (replay: -D").append(SEED).append('=').append(seed).append(" -D").append(STEPS)
                .append('=').append(stepCount).append("): ").append(e.getMessage());
        if (run != null) {
            text.append("\n").append(run.nodes.size()).append(" engines, ringOfflineUsers=").append(run.ringOffline)
                    .append(", steps:");
            run.steps.forEach(s -> text.append("\n  ").append(s));
            text.append("\n  #").append(run.steps.size()).append(" (the failing step or its checks)");
        }
        return text.toString();
    }

    private List<Long> seeds() {
        String base = System.getProperty(BASE, "");
        Random seeds = new Random(base.isBlank() ? DEFAULT_BASE
                : "random".equals(base) ? System.nanoTime() : Long.parseLong(base.trim()));
        return seeds.longs(sequences).boxed().toList();
    }
}
