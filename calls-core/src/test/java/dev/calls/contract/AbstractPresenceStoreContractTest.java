package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.presence.PresenceStatus;
import dev.calls.spi.PresenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PresenceStore} passes: settings written through, signs of life written behind
 * and never moving backwards, lookups by tenant, and paging of recently seen users. Extend it, return an
 * empty store from {@link #newStore()} and, for a durable store, empty its table in {@link #cleanUp()}.
 */
public abstract class AbstractPresenceStoreContractTest {
    protected PresenceStore store;
    protected String tenant;

    /** A store without presences. */
    protected abstract PresenceStore newStore();

    /** Runs after each test: a durable store deletes what the test wrote. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        tenant = CallFixtures.tenant();
    }

    @AfterEach
    void closeStore() {
        cleanUp();
    }

    private UserRef user(String id) {
        return UserRef.of(tenant, id);
    }

    private Presence presence(String id, PresenceStatus status, Instant lastSeen) {
        return new Presence(user(id), status, "In a meeting until 3 — ünïcode ✓", true, false, lastSeen);
    }

    @Test
    void findWhenNeverStoredThenEmpty() {
        assertEquals(Optional.empty(), store.find(user("nobody")));
    }

    @Test
    void saveThenFindReturnsEqualPresence() {
        Presence p = new Presence(user("alice"), PresenceStatus.BUSY, "Presenting", false, true, T0);
        Presence quiet = new Presence(user("bob"), PresenceStatus.AWAY, null, true, false, null);

        store.save(p);
        store.save(quiet);

        assertEquals(Optional.of(p), store.find(user("alice")));
        assertEquals(Optional.of(quiet), store.find(user("bob")));
    }

    @Test
    void saveTwiceThenSameAsOnce() {
        Presence p = presence("alice", PresenceStatus.AWAY, T0);

        store.save(p);
        store.save(p);

        assertEquals(Optional.of(p), store.find(user("alice")));
        assertEquals(1, store.find(tenant, List.of("alice")).size());
    }

    @Test
    void saveWhenOlderLastSeenThenSettingsReplacedAndLaterLastSeenKept() {
        store.save(presence("alice", PresenceStatus.ONLINE, T0.plusSeconds(60)));

        store.save(new Presence(user("alice"), PresenceStatus.OFFLINE, null, false, true, T0));

        assertEquals(Optional.of(new Presence(user("alice"), PresenceStatus.OFFLINE, null, false, true,
                T0.plusSeconds(60))), store.find(user("alice")));
    }

    @Test
    void saveWhenLastSeenMissingThenStoredLastSeenKept() {
        store.save(presence("alice", PresenceStatus.ONLINE, T0));

        store.save(presence("alice", PresenceStatus.AWAY, null));

        assertEquals(T0, store.find(user("alice")).orElseThrow().lastSeen());
        assertEquals(PresenceStatus.AWAY, store.find(user("alice")).orElseThrow().status());
    }

    @Test
    void touchWhenNeverStoredThenInsertedWithInitialSettings() {
        store.touch(Map.of(user("alice"), T0, user("bob"), T0.plusMillis(5)));

        assertEquals(Optional.of(Presence.initial(user("alice")).seen(T0)), store.find(user("alice")));
        assertEquals(Optional.of(Presence.initial(user("bob")).seen(T0.plusMillis(5))), store.find(user("bob")));
    }

    @Test
    void touchThenLastSeenMovesForwardAndSettingsStay() {
        Presence p = presence("alice", PresenceStatus.AWAY, T0);
        store.save(p);

        store.touch(Map.of(user("alice"), T0.plusSeconds(90)));

        assertEquals(Optional.of(p.seen(T0.plusSeconds(90))), store.find(user("alice")));
    }

    @Test
    void touchWhenOlderThanStoredThenNothingChanges() {
        Presence p = presence("alice", PresenceStatus.BUSY, T0.plusSeconds(90));
        store.save(p);

        store.touch(Map.of(user("alice"), T0));
        assertEquals(Optional.of(p), store.find(user("alice")));

        store.touch(Map.of(user("alice"), T0.plusSeconds(90)));
        assertEquals(Optional.of(p), store.find(user("alice")));
    }

    @Test
    void touchWhenManyThreadsTouchTheSameUsersThenTheLatestInstantWins() {
        Race.run(8, t -> {
            for (int i = 0; i < 50; i++) {
                Map<UserRef, Instant> batch = new HashMap<>();
                batch.put(user("shared"), T0.plusMillis(t * 1000L + i));
                batch.put(user("own-" + t), T0.plusMillis(i));
                store.touch(batch);
            }
            return null;
        });

        assertEquals(T0.plusMillis(7049), store.find(user("shared")).orElseThrow().lastSeen());
        for (int t = 0; t < 8; t++) {
            assertEquals(T0.plusMillis(49), store.find(user("own-" + t)).orElseThrow().lastSeen());
        }
    }

    @Test
    void findByTenantAndIdsThenOnlyStoredUsersOfThatTenant() {
        store.save(presence("alice", PresenceStatus.ONLINE, T0));
        store.save(presence("bob", PresenceStatus.AWAY, T0));
        store.save(new Presence(UserRef.of(CallFixtures.tenant(), "carol"), PresenceStatus.ONLINE, null, true,
                false, T0));

        List<Presence> found = store.find(tenant, List.of("alice", "carol", "nobody", "bob"));

        assertEquals(List.of("alice", "bob"), found.stream().map(p -> p.user().userId()).sorted().toList());
        assertEquals(List.of(), store.find(tenant, List.of()));
    }

    @Test
    void findSeenSinceThenTenantUsersSeenAtOrAfterInUserIdOrderPaged() {
        List<String> expected = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            String id = String.format("u%02d", i);
            Instant seen = i % 5 == 0 ? T0.minusMillis(1) : T0.plusSeconds(i % 3);
            store.touch(Map.of(user(id), seen));
            if (i % 5 != 0) {
                expected.add(0, id);
            }
        }
        store.touch(Map.of(UserRef.of(CallFixtures.tenant(), "u03"), T0.plusSeconds(9)));
        store.save(new Presence(user("u99"), PresenceStatus.ONLINE, null, true, false, null));

        List<String> seen = new ArrayList<>();
        List<Presence> page = store.findSeenSince(tenant, T0, null, 7);
        while (!page.isEmpty()) {
            page.forEach(p -> seen.add(p.user().userId()));
            page = store.findSeenSince(tenant, T0, page.get(page.size() - 1).user().userId(), 7);
        }

        assertEquals(expected, seen);
        assertEquals(List.of("u01", "u02"), store.findSeenSince(tenant, T0, null, 2).stream()
                .map(p -> p.user().userId()).toList());
        assertEquals(List.of("u02"), store.findSeenSince(tenant, T0.plusSeconds(2), "u01", 1).stream()
                .map(p -> p.user().userId()).toList());
    }

    @Test
    void updateWhenNeverStoredThenTheChangeStartsFromTheInitialPresence() {
        Presence stored = store.update(user("alice"), p -> p.withSettings(PresenceStatus.BUSY, "Call me", true, true));

        Presence expected = Presence.initial(user("alice")).withSettings(PresenceStatus.BUSY, "Call me", true, true);
        assertEquals(expected, stored);
        assertEquals(Optional.of(expected), store.find(user("alice")));
    }

    @Test
    void updateThenTheChangeSeesTheStoredPresenceAndLaterLastSeenIsKept() {
        store.save(presence("alice", PresenceStatus.AWAY, T0.plusSeconds(60)));

        Presence stored = store.update(user("alice"),
                p -> new Presence(p.user(), p.status(), p.message(), p.available(), true, T0));

        Presence expected = presence("alice", PresenceStatus.AWAY, T0.plusSeconds(60));
        expected = expected.withSettings(expected.status(), expected.message(), expected.available(), true);
        assertEquals(expected, stored);
        assertEquals(Optional.of(expected), store.find(user("alice")));
    }

    @Test
    void updateWhenTheChangeReturnsAnotherUserThenRefusedAndNothingStored() {
        assertThrows(IllegalArgumentException.class, () -> store.update(user("alice"),
                p -> Presence.initial(user("bob"))));

        assertEquals(Optional.empty(), store.find(user("alice")));
        assertEquals(Optional.empty(), store.find(user("bob")));
    }

    @Test
    void updateWhenThreadsChangeDifferentSettingsAtOnceThenEveryChangeSurvives() {
        int threads = 8;
        int perThread = 10;
        store.save(new Presence(user("alice"), PresenceStatus.ONLINE, "0", true, false, T0));

        Race.run(threads, t -> {
            for (int i = 0; i < perThread; i++) {
                boolean last = i == perThread - 1;
                store.update(user("alice"), p -> new Presence(p.user(),
                        t == 0 && last ? PresenceStatus.AWAY : p.status(),
                        Integer.toString(Integer.parseInt(p.message()) + 1),
                        t == 1 && last ? false : p.available(),
                        t == 2 && last || p.doNotDisturb(), p.lastSeen()));
            }
            return null;
        });

        assertEquals(Optional.of(new Presence(user("alice"), PresenceStatus.AWAY, Integer.toString(threads * perThread),
                false, true, T0)), store.find(user("alice")));
    }

    @Test
    void lastSeenWhenStoredThenEqualToTheMillisecond() {
        Instant odd = Instant.parse("2026-06-30T23:59:59.999Z");

        store.touch(Map.of(user("alice"), odd.plusNanos(999_999)));

        assertEquals(odd, store.find(user("alice")).orElseThrow().lastSeen());
    }
}
