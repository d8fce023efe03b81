package dev.calls.contract;

import static dev.calls.contract.ModelChecks.check;

import dev.calls.event.CallEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Invariant 3, what event streams receive. After every step: each stream got only events its user may see,
 * exactly as the log holds them, in strictly increasing sequence; and each tap got every visible event of the
 * log up to the last one it received (an engine publishes one event at a time, in order, so a tap never
 * shows a hole). Once quiesced (every engine published its last marker, so everything below it):
 * <ul>
 *   <li>each tap — subscribed on engine n before the first step — received exactly the log's events visible to
 *       its user. On the in-memory transport an engine publishes through its {@code Sequencer}: its own commits
 *       as they come, and another engine's only when a later commit of its own leaves a gap that it fills from
 *       the log after about 100 ms; so an engine that commits nothing never shows its devices other engines'
 *       events. The marker each engine commits while quiescing forces that fill, so the check is exact. Through
 *       a log-reading relay every event reaches every engine's streams by itself.</li>
 *   <li>each device received a contiguous run of its tap's events: starting at the first event published after
 *       it subscribed (one event being published at that very moment may go either way), and ending at the
 *       tap's last event while open, or at the last published before it closed (again give or take the one in
 *       flight).</li>
 * </ul>
 */
final class ModelStreams {
    private final ModelRun run;
    private final Map<ModelDevice, Integer> checked = new HashMap<>();

    ModelStreams(ModelRun run) {
        this.run = run;
    }

    void inOrder() {
        for (ModelDevice stream : streams()) {
            List<CallEvent> got = stream.received();
            int from = checked.getOrDefault(stream, 0);
            for (int i = from; i < got.size(); i++) {
                CallEvent e = got.get(i);
                check(i == 0 || got.get(i - 1).sequence() < e.sequence(), stream + " received #" + e.sequence()
                        + " after #" + (i == 0 ? 0 : got.get(i - 1).sequence()));
                check(e.isVisibleTo(stream.user), stream + " received #" + e.sequence() + " it may not see");
                CallEvent stored = run.log.get(e.sequence());
                check(stored != null && stored.type() == e.type() && java.util.Objects.equals(stored.callId(),
                        e.callId()) && (e.call() == null || e.call().version() == stored.call().version()),
                        stream + " received #" + e.sequence() + " " + e.type() + ", the log holds " + stored);
            }
            checked.put(stream, got.size());
        }
        for (ModelDevice[] perNode : run.taps) {
            for (ModelDevice tap : perNode) {
                List<Long> got = sequences(tap);
                long upTo = got.isEmpty() ? run.tapStart : got.get(got.size() - 1);
                check(got.equals(visible(tap, upTo)), tap + " received " + got + " with a hole: the log holds "
                        + visible(tap, upTo));
            }
        }
    }

    private List<Long> visible(ModelDevice tap, long upTo) {
        return run.log.subMap(run.tapStart, false, upTo, true).values().stream()
                .filter(e -> e.isVisibleTo(tap.user)).map(CallEvent::sequence).toList();
    }

    void noGap() {
        for (ModelDevice[] perNode : run.taps) {
            for (ModelDevice tap : perNode) {
                List<Long> expected = visible(tap, Long.MAX_VALUE);
                List<Long> got = sequences(tap);
                check(got.equals(expected), tap + " received " + got + " but the log holds " + expected
                        + " for " + tap.user.userId());
            }
        }
        for (ModelDevice device : run.devices) {
            contiguous(device, sequences(run.tap(device.node, device.user)));
        }
    }

    private void contiguous(ModelDevice device, List<Long> tap) {
        List<Long> got = sequences(device);
        for (int j = device.tapBefore; j <= Math.min(device.tapAfter + 1, tap.size()); j++) {
            int end = j + got.size();
            boolean ends = device.isOpen() ? end == tap.size()
                    : end >= device.closedBefore - 1 && end <= device.closedAfter + 1;
            if (ends && end <= tap.size() && tap.subList(j, end).equals(got)) {
                return;
            }
        }
        throw new ModelViolation(device + (device.isOpen() ? " (open)" : " (closed)") + " received " + got
                + ", not the run of its tap " + tap + " from index " + device.tapBefore + ".." + (device.tapAfter + 1)
                + (device.isOpen() ? " to the end" : " to about " + device.closedBefore));
    }

    private List<ModelDevice> streams() {
        List<ModelDevice> all = new ArrayList<>(run.devices);
        for (ModelDevice[] perNode : run.taps) {
            all.addAll(List.of(perNode));
        }
        return all;
    }

    private static List<Long> sequences(ModelDevice stream) {
        return stream.received().stream().map(CallEvent::sequence).toList();
    }
}
