package dev.calls.contract;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a model run: sequences, steps, operations that succeeded and refusals by code. */
final class ModelStats {
    int sequences;
    int steps;
    int succeeded;
    final Map<String, Integer> refused = new TreeMap<>();
    final Map<String, Integer> byOperation = new TreeMap<>();

    void ok(String operation) {
        succeeded++;
        byOperation.merge(operation, 1, Integer::sum);
    }

    void refused(String code) {
        refused.merge(code, 1, Integer::sum);
    }

    int refusedTotal() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    String line(String store, long millis) {
        return "engine model on " + store + ": " + sequences + " sequences, " + steps + " steps, " + succeeded
                + " operations succeeded " + byOperation + ", " + refusedTotal() + " refused " + refused + " in "
                + millis + " ms";
    }
}
