package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.UserRef;
import dev.calls.spi.Device;
import dev.calls.spi.DeviceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DeviceStore} passes: register and list, idempotence on the token, a token moving
 * to another user, removal by the owner only, removal of a dead token, pruning beyond the cap, and races on one
 * token and on one user's cap. Extend it, return an empty store from {@link #newStore()} and, for a durable
 * store, empty its table in {@link #cleanUp()}.
 */
public abstract class AbstractDeviceStoreContractTest {
    protected DeviceStore store;
    protected UserRef bob;
    protected UserRef carol;

    /** A store without devices. */
    protected abstract DeviceStore newStore();

    /** Runs after each test: a durable store deletes what the test wrote. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        String tenant = CallFixtures.tenant();
        bob = UserRef.of(tenant, "bob");
        carol = UserRef.of(tenant, "carol");
    }

    @AfterEach
    void closeStore() {
        cleanUp();
    }

    /** A device of {@code user} with a unique token, registered {@code seconds} after T0. */
    protected static Device device(UserRef user, String token, long seconds) {
        return new Device(UUID.randomUUID().toString(), user, Device.Platform.IOS, Device.Kind.VOIP, token,
                "com.example.app", "Bob’s iPhone — 李", T0.plus(Duration.ofSeconds(seconds)));
    }

    private static String token() {
        return "tok-" + UUID.randomUUID();
    }

    @Test
    void registerThenListedWithEveryField() {
        Device d = device(bob, token(), 1);

        Device stored = store.register(d, 10);

        assertEquals(d, stored);
        assertEquals(List.of(d), store.list(bob));
        assertEquals(List.of(), store.list(carol));
    }

    @Test
    void listThenOldestRegistrationFirst() {
        Device second = store.register(device(bob, token(), 20), 10);
        Device first = store.register(device(bob, token(), 10), 10);
        Device third = store.register(device(bob, token(), 30), 10);

        assertEquals(List.of(first, second, third), store.list(bob));
    }

    @Test
    void registerWhenTheTokenIsKnownThenTheDeviceIsUpdatedInPlace() {
        String token = token();
        Device first = store.register(device(bob, token, 1), 10);

        Device again = new Device(UUID.randomUUID().toString(), bob, Device.Platform.ANDROID, Device.Kind.FCM, token,
                "com.example.other", null, T0.plusSeconds(50));
        Device stored = store.register(again, 10);

        assertEquals(first.id(), stored.id());
        assertEquals(new Device(first.id(), bob, Device.Platform.ANDROID, Device.Kind.FCM, token, "com.example.other",
                null, T0.plusSeconds(50)), stored);
        assertEquals(List.of(stored), store.list(bob));
    }

    @Test
    void registerWhenAnotherUserHoldsTheTokenThenItMovesToTheNewUser() {
        String token = token();
        store.register(device(bob, token, 1), 10);

        Device moved = store.register(device(carol, token, 2), 10);

        assertEquals(List.of(), store.list(bob));
        assertEquals(List.of(moved), store.list(carol));
        assertEquals(carol, moved.user());
    }

    @Test
    void removeWhenTheOwnerAsksThenGoneAndAgainFalse() {
        Device d = store.register(device(bob, token(), 1), 10);

        assertTrue(store.remove(bob, d.id()));
        assertFalse(store.remove(bob, d.id()));
        assertEquals(List.of(), store.list(bob));
    }

    @Test
    void removeWhenAnotherUserAsksThenFalseAndTheDeviceStays() {
        Device d = store.register(device(bob, token(), 1), 10);

        assertFalse(store.remove(carol, d.id()));
        assertFalse(store.remove(UserRef.of("other-" + bob.tenant(), "bob"), d.id()));

        assertEquals(List.of(d), store.list(bob));
    }

    @Test
    void removeTokenThenGoneWhoeverOwnsItAndAgainFalse() {
        String token = token();
        Device kept = store.register(device(bob, token(), 1), 10);
        store.register(device(bob, token, 2), 10);

        assertTrue(store.removeToken(token));
        assertFalse(store.removeToken(token));
        assertEquals(List.of(kept), store.list(bob));
    }

    @Test
    void registerWhenOverTheCapThenTheOldestArePruned() {
        Device a = store.register(device(bob, token(), 1), 3);
        Device b = store.register(device(bob, token(), 2), 3);
        Device c = store.register(device(bob, token(), 3), 3);
        Device carols = store.register(device(carol, token(), 0), 3);

        Device d = store.register(device(bob, token(), 4), 3);

        assertEquals(List.of(b, c, d), store.list(bob));
        assertEquals(List.of(carols), store.list(carol));
        assertFalse(store.remove(bob, a.id()));
    }

    @Test
    void registerWhenTheCapShrinksThenPrunedDownToIt() {
        for (int i = 0; i < 5; i++) {
            store.register(device(bob, token(), i), 10);
        }
        Device newest = store.register(device(bob, token(), 9), 2);

        List<Device> left = store.list(bob);
        assertEquals(2, left.size());
        assertEquals(newest, left.get(1));
        assertEquals(T0.plusSeconds(4), left.get(0).registeredAt());
    }

    @Test
    void registerWhenManyThreadsRegisterOneTokenThenExactlyOneDevice() {
        String token = token();
        List<Device> results = Race.run(8, i -> store.register(device(i % 2 == 0 ? bob : carol, token, i), 10));

        List<Device> all = new java.util.ArrayList<>(store.list(bob));
        all.addAll(store.list(carol));
        assertEquals(1, all.size());
        assertEquals(token, all.get(0).token());
        assertEquals(1, new HashSet<>(results.stream().map(Device::id).toList()).size());
    }

    @Test
    void registerWhenManyThreadsRegisterForOneUserThenTheCapHolds() {
        Race.run(8, i -> store.register(device(bob, token(), i), 3));

        List<Device> left = store.list(bob);
        assertEquals(3, left.size());
        assertEquals(3, new HashSet<>(left.stream().map(Device::token).toList()).size());
    }

    @Test
    void registeredAtThenKeptToTheMillisecond() {
        Instant at = T0.plusMillis(1234);
        Device d = new Device(UUID.randomUUID().toString(), bob, Device.Platform.WEB, Device.Kind.FCM, token(),
                "example.com", null, at);

        store.register(d, 10);

        Device read = store.list(bob).get(0);
        assertEquals(at, read.registeredAt());
        assertNotEquals(null, read.kind());
    }
}
