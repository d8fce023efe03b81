package dev.calls.memory;

import dev.calls.UserRef;
import dev.calls.contract.AbstractEventTransportContractTest;
import dev.calls.spi.EventTransport;

class InMemoryEventTransportContractTest extends AbstractEventTransportContractTest {
    @Override
    protected EventTransport newTransport() {
        return new InMemoryEventTransport();
    }

    /** The SPI's default watch subscription, on a transport that only knows tenant-wide ones. */
    static class DefaultWatchSubscriptionTest extends AbstractEventTransportContractTest {
        @Override
        protected EventTransport newTransport() {
            InMemoryEventTransport inner = new InMemoryEventTransport();
            return new EventTransport() {
                @Override
                public void publish(dev.calls.event.CallEvent event) {
                    inner.publish(event);
                }

                @Override
                public Subscription subscribe(UserRef user, Listener listener) {
                    return inner.subscribe(user, listener);
                }
            };
        }
    }
}
