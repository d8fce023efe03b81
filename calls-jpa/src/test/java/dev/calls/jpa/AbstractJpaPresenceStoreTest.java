package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.UserRef;
import dev.calls.jpa.support.CountingDataSource;
import dev.calls.jpa.support.JpaTestBase;
import dev.calls.presence.Presence;
import dev.calls.presence.PresenceStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JPA presence store on one database. */
public abstract class AbstractJpaPresenceStoreTest extends JpaTestBase {
    private static final UserRef ALICE = UserRef.of("acme", "alice");
    private static final UserRef BOB = UserRef.of("acme", "bob");

    private JpaPresenceStore store() {
        return jpa.presenceStore();
    }

    @Test
    void saveThenFindReturnsTheSettings() {
        Presence away = new Presence(ALICE, PresenceStatus.AWAY, "lunch", true, true, T0);
        store().save(away);

        assertThat(store().find(ALICE)).contains(away);
        assertThat(store().find(BOB)).isEmpty();
    }

    @Test
    void saveWithOlderLastSeenThenKeepsTheLaterOne() {
        store().save(Presence.initial(ALICE).seen(T0.plusSeconds(10)));
        store().save(new Presence(ALICE, PresenceStatus.BUSY, null, false, false, T0));

        assertThat(store().find(ALICE)).contains(
                new Presence(ALICE, PresenceStatus.BUSY, null, false, false, T0.plusSeconds(10)));
    }

    @Test
    void touchInsertsUnknownUsersAndMovesLastSeenOnlyForward() {
        Presence busy = new Presence(ALICE, PresenceStatus.BUSY, "deep work", true, false, T0.plusSeconds(5));
        store().save(busy);

        store().touch(Map.of(ALICE, T0, BOB, T0.plusSeconds(1)));
        store().touch(Map.of(BOB, T0.plusSeconds(7)));

        assertThat(store().find(ALICE)).contains(busy);
        assertThat(store().find(BOB)).contains(Presence.initial(BOB).seen(T0.plusSeconds(7)));
    }

    @Test
    void findOfManyUsersReturnsOnlyStoredOnesOfTheTenant() {
        store().touch(Map.of(ALICE, T0, BOB, T0, UserRef.of("globex", "alice"), T0));

        assertThat(store().find("acme", List.of("alice", "bob", "nobody", "alice")))
                .extracting(p -> p.user().userId()).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void findSeenSincePagesByUserIdAfterTheCursor() {
        Map<UserRef, Instant> seen = new HashMap<>();
        for (String id : List.of("u1", "u2", "u3", "u4", "U5")) {
            seen.put(UserRef.of("acme", id), T0.plusSeconds(10));
        }
        seen.put(UserRef.of("acme", "old"), T0);
        seen.put(UserRef.of("globex", "u0"), T0.plusSeconds(10));
        store().touch(seen);

        List<Presence> first = store().findSeenSince("acme", T0.plusSeconds(10), null, 2);
        List<Presence> second = store().findSeenSince("acme", T0.plusSeconds(10), "u1", 10);

        // Case-sensitive ids, ordered by code point: "U5" before "u1".
        assertThat(first).extracting(p -> p.user().userId()).containsExactly("U5", "u1");
        assertThat(second).extracting(p -> p.user().userId()).containsExactly("u2", "u3", "u4");
    }

    @Test
    void touchOfTwelveHundredUsersThenOneTransactionOfFewStatements() {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        try (JpaCalls counted = JpaCalls.builder().dataSource(counting).build()) {
            Map<UserRef, Instant> batch = new HashMap<>();
            for (int i = 0; i < 1200; i++) {
                batch.put(UserRef.of("acme", "user" + i), T0.plusMillis(i));
            }
            counting.reset();

            counted.presenceStore().touch(batch);

            assertThat(counting.statements()).isLessThanOrEqualTo(4);
            assertThat(db.queryLong("SELECT COUNT(*) FROM calls_presence")).isEqualTo(1200);
            assertThat(store().find(UserRef.of("acme", "user1199")))
                    .contains(Presence.initial(UserRef.of("acme", "user1199")).seen(T0.plusMillis(1199)));
        }
    }
}
