package dev.calls.push;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.StorageException;
import dev.calls.memory.InMemoryDeliveryCursors;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.PushMessage;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.RecordingPushNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Push and listeners are driven from the committed event log through a leased cursor, so a node that stops
 * before it has recorded what it pushed leaves that work to the next node: no ring or cancel is lost.
 */
class AtLeastOnceDeliveryTest {

    /** Cursors whose writes fail once {@code down} is set: the node stopped before it could record its place. */
    private static DeliveryCursors failingAfterDelivery(DeliveryCursors shared, AtomicBoolean down) {
        return new DeliveryCursors() {
            @Override
            public OptionalLong lease(String name, String owner, long startAt, Instant now, Duration ttl) {
                return shared.lease(name, owner, startAt, now, ttl);
            }

            @Override
            public boolean advance(String name, String owner, long position) {
                if (down.get()) {
                    throw new StorageException("connection lost", null);
                }
                return shared.advance(name, owner, position);
            }

            @Override
            public void release(String name, String owner) {
                if (down.get()) {
                    throw new StorageException("connection lost", null);
                }
                shared.release(name, owner);
            }
        };
    }

    @Test
    void nodeStopsBeforeRecordingItsPushesThenTheNextNodePushesTheRingAndTheCancel() {
        InMemoryDeliveryCursors shared = new InMemoryDeliveryCursors();
        AtomicBoolean down = new AtomicBoolean(true);
        RecordingPushNotifier firstPhones = new RecordingPushNotifier();
        EngineFixture f = new EngineFixture(b -> b.deliveryCursors(failingAfterDelivery(shared, down))
                .pushNotifier(firstPhones)).online("alice", "bob");
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        firstPhones.invitations.awaitAny(i -> i.callId().equals(call.id()), "the first node's ring push");
        f.calls.cancel(call.id(), acme("alice"));
        f.close();

        RecordingPushNotifier nextPhones = new RecordingPushNotifier();
        try (Calls next = f.otherNode(new ManualScheduler(f.clock),
                b -> b.deliveryCursors(shared).pushNotifier(nextPhones))) {
            f.clock.advance(Duration.ofSeconds(16)); // the stopped node's lease runs out

            PushMessage ring = nextPhones.invitations.awaitAny(i -> i.callId().equals(call.id()),
                    "the ring the stopped node never recorded, pushed again by the next node");
            assertThat(ring.recipient()).isEqualTo(acme("bob"));
            RecordingPushNotifier.Cancellation cancel = nextPhones.cancellations.awaitAny(
                    c -> c.callId().equals(call.id()), "the cancel, pushed by the next node");
            assertThat(cancel.user()).isEqualTo(acme("bob"));
            assertThat(cancel.reason()).isEqualTo("cancelled");
        }
    }

    @Test
    void nodeClosesNormallyThenTheNextNodeDoesNotPushAgain() throws Exception {
        InMemoryDeliveryCursors shared = new InMemoryDeliveryCursors();
        RecordingPushNotifier firstPhones = new RecordingPushNotifier();
        EngineFixture f = new EngineFixture(b -> b.deliveryCursors(shared).pushNotifier(firstPhones))
                .online("alice", "bob");
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.calls.cancel(call.id(), acme("alice"));
        firstPhones.cancellations.awaitAny(c -> c.callId().equals(call.id()), "the first node's cancel");
        f.close();

        RecordingPushNotifier nextPhones = new RecordingPushNotifier();
        try (Calls next = f.otherNode(new ManualScheduler(f.clock),
                b -> b.deliveryCursors(shared).pushNotifier(nextPhones))) {
            Call second = next.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
            nextPhones.invitations.awaitAny(i -> i.callId().equals(second.id()), "the next node's own ring");

            assertThat(nextPhones.invitations.snapshot()).extracting(PushMessage::callId)
                    .containsExactly(second.id());
            assertThat(nextPhones.cancellations.snapshot()).isEmpty();
        }
    }
}
