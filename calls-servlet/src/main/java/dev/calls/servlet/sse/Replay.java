package dev.calls.servlet.sse;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.spi.CallStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored events a user may see after a sequence, keeping track of how far the log was read. The
 * position matters: a client told "you are at {@code position}" skips events it may not see, and a live
 * event at or below the position was already read here, so nothing is sent twice and nothing is skipped.
 */
final class Replay {
    private static final int BATCH = 500;

    private Replay() {
    }

    /**
     * @param events the visible events, oldest first
     * @param position the last sequence read (or the starting one when nothing was read)
     * @param complete whether the log was read to its end; false when a limit stopped the read
     */
    record Batch(List<CallEvent> events, long position, boolean complete) {
    }

    static Batch after(CallStore store, UserRef user, long after, int maxEvents, int maxScanned) {
        List<CallEvent> visible = new ArrayList<>();
        long position = after;
        int scanned = 0;
        while (true) {
            List<CallEvent> batch = store.eventsAfter(user.tenant(), position, BATCH);
            for (CallEvent e : batch) {
                if (visible.size() == maxEvents) {
                    return new Batch(visible, position, false);
                }
                position = e.sequence();
                scanned++;
                if (e.isVisibleTo(user)) {
                    visible.add(e);
                }
            }
            if (batch.size() < BATCH) {
                return new Batch(visible, position, true);
            }
            if (scanned >= maxScanned) {
                return new Batch(visible, position, false);
            }
        }
    }

    /**
     * Where a client claiming {@code lastEventId} really stands: an id beyond the end of the log (a store
     * that was reset) would hide every new event until the log caught up, so it counts as "now".
     */
    static long clamp(long lastEventId, long lastSequence) {
        return Math.min(lastEventId, lastSequence);
    }
}
