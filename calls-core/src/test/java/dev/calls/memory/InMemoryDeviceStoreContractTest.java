package dev.calls.memory;

import dev.calls.contract.AbstractDeviceStoreContractTest;
import dev.calls.spi.DeviceStore;

class InMemoryDeviceStoreContractTest extends AbstractDeviceStoreContractTest {
    @Override
    protected DeviceStore newStore() {
        return new InMemoryDeviceStore();
    }
}
