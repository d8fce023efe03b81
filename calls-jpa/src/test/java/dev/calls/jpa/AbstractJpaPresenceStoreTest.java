package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.UserRef;
import dev.calls.jpa.support.CountingDataSource;
import dev.calls.jpa.support.JpaTestBase;
import dev.calls.presence.Presence;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the JPA presence store adds to the core's contract: ids compared and ordered by code point on every
 * database, and the engine's write-behind batch in a few statements.
 */
public abstract class AbstractJpaPresenceStoreTest extends JpaTestBase {

    private JpaPresenceStore store() {
        return jpa.presenceStore();
    }

    @Test
    void findSeenSinceWhenIdsDifferOnlyInCaseThenDistinctUsersInCodePointOrder() {
        Map<UserRef, Instant> seen = new HashMap<>();
        for (String id : List.of("u1", "u2", "U1", "alice", "Alice")) {
            seen.put(UserRef.of("acme", id), T0.plusSeconds(10));
        }
        store().touch(seen);

        List<Presence> first = store().findSeenSince("acme", T0, null, 3);
        List<Presence> second = store().findSeenSince("acme", T0, "alice", 10);

        assertThat(first).extracting(p -> p.user().userId()).containsExactly("Alice", "U1", "alice");
        assertThat(second).extracting(p -> p.user().userId()).containsExactly("u1", "u2");
    }

    @Test
    void touchOfTwelveHundredUsersThenOneTransactionOfFourStatements() {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        try (JpaCalls counted = JpaCalls.builder().dataSource(counting).build()) {
            Map<UserRef, Instant> batch = new HashMap<>();
            for (int i = 0; i < 1200; i++) {
                batch.put(UserRef.of("acme", "user" + i), T0.plusMillis(i));
            }
            counting.reset();

            counted.presenceStore().touch(batch);

            assertThat(counting.statements()).isEqualTo(4);
            assertThat(db.queryLong("SELECT COUNT(*) FROM calls_presence")).isEqualTo(1200);
            assertThat(store().find(UserRef.of("acme", "user1199")))
                    .contains(Presence.initial(UserRef.of("acme", "user1199")).seen(T0.plusMillis(1199)));
        }
    }
}
