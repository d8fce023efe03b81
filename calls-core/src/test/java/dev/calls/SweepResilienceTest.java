package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.spi.CallStore;
import dev.calls.spi.PresenceStore;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Intercept;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine's own housekeeping survives a failing call or store and never spins. */
class SweepResilienceTest {

    @Test
    void sweepWhenOneDueCallFailsThenTheOthersStillTimeOutAndTheFailedOneNextTime() {
        Set<UUID> broken = ConcurrentHashMap.newKeySet();
        InMemoryCallStore memory = new InMemoryCallStore();
        CallStore store = Intercept.before(CallStore.class, memory, (method, args) -> {
            if (method.equals("update") && broken.contains(((Call) args[0]).id())) {
                throw new StorageException("row locked", null);
            }
        });
        try (EngineFixture f = new EngineFixture(b -> b.callStore(store)).online("alice", "bob", "carol", "dave")) {
            Call first = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
            Call second = f.calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO);
            broken.add(first.id());
            f.clock.advance(Duration.ofSeconds(31));

            assertThat(f.calls.sweep()).isEqualTo(1);
            assertThat(f.calls.get(second.id(), acme("carol")).state()).isEqualTo(CallState.MISSED);
            assertThat(f.calls.get(first.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);

            broken.clear();
            assertThat(f.calls.sweep()).isEqualTo(1);
            assertThat(f.calls.get(first.id(), acme("alice")).state()).isEqualTo(CallState.MISSED);
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void dueCallWithNoTimeoutThatAppliesThenNotTimedAgainForThePast() {
        try (EngineFixture f = new EngineFixture().online("alice", "bob")) {
            Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
            Call active = f.calls.accept(call.id(), acme("bob"));
            // a deadline written under other settings: due now, though no timeout applies
            Instant past = f.clock.instant().minusSeconds(1);
            f.store.update(active.withDeadline(past).withVersion(active.version() + 1), List.of());
            int before = f.scheduler.pendingOneOff();

            assertThat(f.calls.sweep()).isZero();
            f.advance(Duration.ofMillis(1));

            assertThat(f.scheduler.pendingOneOff()).isLessThanOrEqualTo(before + 1);
            Call after = f.calls.get(call.id(), acme("alice"));
            assertThat(after.state()).isEqualTo(CallState.ACTIVE);
            assertThat(after.deadline()).as("the deadline is stored as the settings make it")
                    .isEqualTo(active.answeredAt().plus(Duration.ofHours(8)));
            assertThat(f.store.findDue(f.clock.instant(), 10)).isEmpty();
        }
    }

    @Test
    void presenceFlushWhenTheStoreFailsThenTheSameSignsOfLifeAreWrittenNextTime() {
        AtomicBoolean down = new AtomicBoolean();
        InMemoryPresenceStore memory = new InMemoryPresenceStore();
        PresenceStore store = Intercept.before(PresenceStore.class, memory, (method, args) -> {
            if (method.equals("touch") && down.get()) {
                throw new StorageException("disk full", null);
            }
        });
        try (EngineFixture f = new EngineFixture(b -> b.presenceStore(store))) {
            f.calls.presence().heartbeat(acme("alice"));
            f.advance(Duration.ofMinutes(3));
            down.set(true);
            f.calls.presence().heartbeat(acme("alice"));
            Instant seen = f.clock.instant();
            f.advance(Duration.ofSeconds(2));
            assertThat(memory.find(acme("alice")).orElseThrow().lastSeen()).isBefore(seen);

            down.set(false);
            f.advance(Duration.ofSeconds(2));

            assertThat(memory.find(acme("alice")).orElseThrow().lastSeen()).isEqualTo(seen);
        }
    }
}
