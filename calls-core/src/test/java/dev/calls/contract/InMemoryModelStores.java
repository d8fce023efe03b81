package dev.calls.contract;

import dev.calls.CallsBuilder;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.spi.CallStore;

/**
 * The in-memory stores shared by engines of one process; each engine keeps its default in-process transport,
 * so it publishes through its own {@code Sequencer}.
 */
public final class InMemoryModelStores implements ModelStores {

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public Shared open() {
        InMemoryCallStore calls = new InMemoryCallStore();
        InMemoryPresenceStore presence = new InMemoryPresenceStore();
        InMemoryMeetingStore meetings = new InMemoryMeetingStore();
        return new Shared() {
            @Override
            public CallStore callStore() {
                return calls;
            }

            @Override
            public CallsBuilder node(int index, CallsBuilder builder) {
                return builder.callStore(calls).presenceStore(presence).meetingStore(meetings);
            }

            @Override
            public void close() {
                // nothing outlives the engines
            }
        };
    }
}
