package dev.calls.memory;

import dev.calls.contract.AbstractDeliveryCursorsContractTest;
import dev.calls.spi.DeliveryCursors;

class InMemoryDeliveryCursorsContractTest extends AbstractDeliveryCursorsContractTest {
    @Override
    protected DeliveryCursors newCursors() {
        return new InMemoryDeliveryCursors();
    }
}
