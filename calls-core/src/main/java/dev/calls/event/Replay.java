package dev.calls.event;

import java.util.List;

/**
 * Stored events read for one user by {@link EventService#replay}, and how far the log was read. The position
 * matters: a device told "you are at {@code position}" skips events it may not see, and a live event at or
 * below the position was already read, so nothing is sent twice and nothing is skipped.
 *
 * @param events the events the user may see, oldest first
 * @param position the last sequence read (the starting one when nothing was read)
 * @param complete whether the log was read to its end; false when a limit stopped the read
 */
public record Replay(List<CallEvent> events, long position, boolean complete) {

    public Replay {
        events = List.copyOf(events);
    }

    /**
     * How much one replay may read.
     *
     * @param maxEvents most visible events returned, 1 to 10,000
     * @param maxScanned most stored events looked at (of any user of the tenant), at least {@code maxEvents}
     */
    public record Limits(int maxEvents, int maxScanned) {
        public Limits {
            if (maxEvents < 1 || maxEvents > 10_000) {
                throw new IllegalArgumentException("maxEvents must be between 1 and 10000, was " + maxEvents);
            }
            if (maxScanned < maxEvents) {
                throw new IllegalArgumentException("maxScanned must be at least maxEvents, was " + maxScanned);
            }
        }
    }
}
