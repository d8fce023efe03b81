package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestState;
import dev.calls.guest.GuestTarget;
import dev.calls.spi.GuestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GuestStore} must do: keep every field of a pass to the millisecond, find it by id and by key
 * hash, update it only from the version it was read at (one of several racing writers wins), delete it
 * idempotently, and list a target's passes in creation order.
 */
public abstract class AbstractGuestStoreContractTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    protected GuestStore store;

    protected abstract GuestStore newStore();

    /** The same store through another node's connections; by default the same instance. */
    protected GuestStore otherNode() {
        return store;
    }

    protected void cleanUp() {
    }

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void close() {
        cleanUp();
    }

    private static GuestPass pass(GuestTarget target, Instant createdAt) {
        UUID id = UUID.randomUUID();
        return new GuestPass(id, "acme", target, "alice", "Ann Client", "ann@example.org", true, true,
                (id.toString().replace("-", "") + id.toString().replace("-", "")).substring(0, 64),
                GuestState.INVITED, createdAt, createdAt.plusSeconds(3600), null, null, null, 0);
    }

    @Test
    void createThenFindByIdAndKeyHashReturnsEveryField() {
        GuestPass p = pass(GuestTarget.meeting(UUID.randomUUID()), T0);

        store.create(p);

        assertThat(store.find(p.id())).hasValue(p);
        assertThat(otherNode().findByKeyHash(p.keyHash())).hasValue(p);
        assertThat(store.find(UUID.randomUUID())).isEmpty();
        assertThat(store.findByKeyHash("0".repeat(64))).isEmpty();
    }

    @Test
    void createWhenIdExistsThenRefused() {
        GuestPass p = pass(GuestTarget.call(UUID.randomUUID()), T0);
        store.create(p);

        assertThatThrownBy(() -> store.create(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updateFromTheStoredVersionThenWrittenWithEveryFieldElseRefused() {
        GuestPass p = pass(GuestTarget.meeting(UUID.randomUUID()), T0);
        store.create(p);
        GuestPass knocked = p.knocked("Ann C.", T0.plusSeconds(5));
        GuestPass admitted = knocked.decided(GuestState.ADMITTED, "alice", T0.plusSeconds(9));

        assertThat(store.update(admitted)).as("skips a version").isFalse();
        assertThat(store.update(knocked)).isTrue();
        assertThat(store.update(knocked)).as("the same version again").isFalse();
        assertThat(store.update(admitted)).isTrue();

        GuestPass read = store.find(p.id()).orElseThrow();
        assertThat(read).isEqualTo(admitted);
        assertThat(read.name()).isEqualTo("Ann C.");
        assertThat(read.knockedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:05.123Z"));
        assertThat(read.decidedBy()).isEqualTo("alice");
        assertThat(store.update(pass(GuestTarget.meeting(UUID.randomUUID()), T0).knocked("x", T0)))
                .as("no such pass").isFalse();
    }

    @Test
    void deleteThenGoneAndRepeatHarmless() {
        GuestPass p = pass(GuestTarget.meeting(UUID.randomUUID()), T0);
        store.create(p);

        assertThat(store.delete(p.id())).isTrue();
        assertThat(store.delete(p.id())).isFalse();
        assertThat(store.find(p.id())).isEmpty();
        assertThat(store.findByKeyHash(p.keyHash())).isEmpty();
    }

    @Test
    void findByTargetThenOnlyThatTargetsPassesOldestFirstUpToTheLimit() {
        UUID id = UUID.randomUUID();
        GuestTarget meeting = GuestTarget.meeting(id);
        GuestPass second = pass(meeting, T0.plusSeconds(2));
        GuestPass first = pass(meeting, T0.plusSeconds(1));
        GuestPass third = pass(meeting, T0.plusSeconds(3));
        store.create(second);
        store.create(first);
        store.create(third);
        store.create(pass(GuestTarget.call(id), T0));
        store.create(pass(GuestTarget.meeting(UUID.randomUUID()), T0));

        assertThat(store.findByTarget(meeting, 10)).containsExactly(first, second, third);
        assertThat(store.findByTarget(meeting, 2)).containsExactly(first, second);
    }

    @Test
    void racingUpdatesFromOneVersionThenExactlyOneWins() throws Exception {
        GuestPass p = pass(GuestTarget.meeting(UUID.randomUUID()), T0);
        store.create(p);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                GuestStore node = i % 2 == 0 ? store : otherNode();
                GuestPass next = p.decided(i % 2 == 0 ? GuestState.ADMITTED : GuestState.DENIED, "host" + i,
                        T0.plusSeconds(i));
                Callable<Boolean> write = () -> {
                    go.await();
                    return node.update(next);
                };
                results.add(pool.submit(write));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> r : results) {
                won += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(store.find(p.id()).orElseThrow().version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
