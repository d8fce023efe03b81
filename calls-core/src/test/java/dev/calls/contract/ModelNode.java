package dev.calls.contract;

import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.presence.PresenceUpdate;
import dev.calls.spi.CallListener;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.Recorder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One engine of the model with its own scheduler on the shared clock. Its listener and a probe stream in a
 * tenant of its own let the model wait until the engine has handed on everything it committed: a marker
 * presence change reaches the listener after every earlier commit of this engine (one engine thread, commit
 * order), and reaches the probe stream only after the engine published every lower sequence of the log.
 */
final class ModelNode implements AutoCloseable {
    static final String MARKER_TENANT = "zz-model";

    final int index;
    final ManualScheduler scheduler;
    final Calls calls;
    private final Recorder<CallEvent> listened;
    private final Recorder<CallEvent> probe = new Recorder<>();
    private final UserRef marker;
    private long markers;
    private String lastMarker;

    /**
     * @param lastListened set to the sequence of each event this engine's listeners get; the push notifier runs
     *     on the same thread right after the listeners of a commit, so it tags push calls with their commit
     */
    ModelNode(int index, ManualScheduler scheduler, AtomicLong lastListened, Recorder<CallEvent> listened,
            CallsBuilder builder) {
        this.index = index;
        this.listened = listened;
        this.scheduler = scheduler;
        this.calls = builder.listener(new CallListener() {
            @Override
            public void onEvent(CallEvent event) {
                lastListened.set(event.sequence());
                listened.add(event);
            }
        }).build();
        this.marker = UserRef.of(MARKER_TENANT, "node" + index);
        calls.events().subscribe(UserRef.of(MARKER_TENANT, "probe" + index), probe::add);
    }

    /**
     * Commits a marker and waits for the listeners and push notifier of whichever engine holds the delivery lease
     * to have handled it (and so everything committed before it).
     */
    void drain() {
        lastMarker = "n" + index + "-" + (++markers);
        calls.presence().update(marker, new PresenceUpdate(null, lastMarker, null, null));
        String token = lastMarker;
        listened.awaitAny(e -> isMarker(e, token), "marker " + token + " of node " + index + " to the listeners");
    }

    /** Waits until this engine published the last marker (and so every lower sequence) to its streams. */
    void awaitPublished() {
        String token = lastMarker;
        probe.awaitAny(e -> isMarker(e, token), "marker " + token + " to the streams of node " + index);
    }

    private static boolean isMarker(CallEvent e, String token) {
        return e.presence() != null && token.equals(e.presence().message());
    }

    @Override
    public void close() {
        calls.close();
    }
}
