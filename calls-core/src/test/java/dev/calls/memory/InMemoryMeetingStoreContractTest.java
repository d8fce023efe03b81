package dev.calls.memory;

import dev.calls.contract.AbstractMeetingStoreContractTest;
import dev.calls.spi.MeetingStore;

class InMemoryMeetingStoreContractTest extends AbstractMeetingStoreContractTest {
    @Override
    protected MeetingStore newStore() {
        return new InMemoryMeetingStore();
    }
}
