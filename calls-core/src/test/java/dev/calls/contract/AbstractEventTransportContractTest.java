package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceView;
import dev.calls.spi.EventTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventTransport} must do for the devices of one node: call events reach their participants,
 * presence changes reach the whole tenant or only the devices that watch that user, and a watch set can be
 * changed on an open subscription. A transport that reads the events it delivers from a log overrides
 * {@link #publish} to store each event first and wait until it was handed on.
 */
public abstract class AbstractEventTransportContractTest {
    protected EventTransport transport;
    private long sequence;

    protected abstract EventTransport newTransport();

    @BeforeEach
    void open() {
        transport = newTransport();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    /** Hands the event to the transport as the engine does after committing it; returns once it is delivered. */
    protected void publish(CallEvent event) {
        transport.publish(event);
    }

    private static UserRef acme(String userId) {
        return UserRef.of("acme", userId);
    }

    private CallEvent presenceOf(UserRef user) {
        PresenceView view = new PresenceView(user, user.userId(), PresenceStatus.ONLINE, null, true, false,
                CallFixtures.T0, true, false, true);
        return CallEvent.forPresence(view, CallFixtures.T0).withSequence(++sequence);
    }

    private CallEvent ringing(String tenant, String caller, String callee) {
        Call call = CallFixtures.ringing(tenant, CallFixtures.T0, caller, callee);
        return CallEvent.forCall(EventType.CALL_RINGING, call, caller, CallFixtures.T0, Map.of("userIds", callee))
                .withSequence(++sequence);
    }

    /** What one device received. */
    private static final class Device implements EventTransport.Listener {
        final List<CallEvent> got = new ArrayList<>();

        @Override
        public synchronized void onEvent(CallEvent event) {
            got.add(event);
        }

        synchronized List<Long> sequences() {
            return got.stream().map(CallEvent::sequence).toList();
        }
    }

    @Test
    void callEventThenOnlyItsParticipantsDevicesGetIt() {
        Device bob = new Device();
        Device carol = new Device();
        transport.subscribe(acme("bob"), bob);
        transport.subscribe(acme("carol"), Set.of("bob"), carol);

        CallEvent ring = ringing("acme", "alice", "bob");
        publish(ring);

        assertThat(bob.sequences()).containsExactly(ring.sequence());
        assertThat(carol.sequences()).isEmpty();
    }

    @Test
    void tenantObserverThenEveryCallEventOfItsTenantWhoeverTakesPartAndNothingElse() {
        Device admin = new Device();
        EventTransport.Subscription observing = transport.observeTenant("acme", admin);

        CallEvent ring = ringing("acme", "alice", "bob");
        publish(ring);
        publish(ringing("globex", "gina", "gus"));
        publish(presenceOf(acme("carol")));
        observing.close();
        publish(ringing("acme", "carol", "dave"));

        assertThat(admin.sequences()).containsExactly(ring.sequence());
    }

    @Test
    void guestEventThenOnlyTheDevicesOfTheHostItNames() {
        Device alice = new Device();
        Device aliceWatching = new Device();
        Device bob = new Device();
        Device gina = new Device();
        transport.subscribe(acme("alice"), alice);
        transport.subscribe(acme("alice"), Set.of("bob"), aliceWatching);
        transport.subscribe(acme("bob"), bob);
        transport.subscribe(UserRef.of("globex", "alice"), gina);

        CallEvent knock = CallEvent.forGuest(EventType.GUEST_WAITING, "acme", null, "alice", null, CallFixtures.T0,
                Map.of("guestId", "g-1", "name", "Ann Client", "meetingId", "m-1")).withSequence(++sequence);
        publish(knock);

        assertThat(alice.sequences()).containsExactly(knock.sequence());
        assertThat(aliceWatching.sequences()).containsExactly(knock.sequence());
        assertThat(bob.sequences()).isEmpty();
        assertThat(gina.sequences()).as("the same user id in another tenant").isEmpty();
    }

    @Test
    void presenceWithoutAWatchSetThenEveryChangeOfTheTenantAndNoOther() {
        Device bob = new Device();
        transport.subscribe(acme("bob"), bob);

        CallEvent alice = presenceOf(acme("alice"));
        publish(alice);
        publish(presenceOf(UserRef.of("globex", "gina")));

        assertThat(bob.sequences()).containsExactly(alice.sequence());
    }

    @Test
    void presenceWithAWatchSetThenOnlyTheWatchedAndTheDevicesOwnUser() {
        Device bob = new Device();
        transport.subscribe(acme("bob"), Set.of("alice", "dave"), bob);

        CallEvent alice = presenceOf(acme("alice"));
        CallEvent carol = presenceOf(acme("carol"));
        CallEvent self = presenceOf(acme("bob"));
        CallEvent otherTenant = presenceOf(UserRef.of("globex", "alice"));
        CallEvent ring = ringing("acme", "carol", "bob");
        for (CallEvent e : List.of(alice, carol, self, otherTenant, ring)) {
            publish(e);
        }

        assertThat(bob.sequences()).containsExactly(alice.sequence(), self.sequence(), ring.sequence());
    }

    @Test
    void watchChangedOnTheOpenSubscriptionThenTheNewSetApplies() {
        Device bob = new Device();
        EventTransport.Subscription s = transport.subscribe(acme("bob"), Set.of("alice"), bob);

        s.watch(Set.of("carol"));
        CallEvent alice = presenceOf(acme("alice"));
        CallEvent carol = presenceOf(acme("carol"));
        publish(alice);
        publish(carol);

        assertThat(bob.sequences()).containsExactly(carol.sequence());
    }

    @Test
    void twoDevicesWatchingTheSameUserThenBothGetItOnceAndClosingOneLeavesTheOther() {
        Device first = new Device();
        Device second = new Device();
        EventTransport.Subscription s1 = transport.subscribe(acme("bob"), Set.of("alice"), first);
        transport.subscribe(acme("carol"), Set.of("alice", "bob"), second);

        CallEvent before = presenceOf(acme("alice"));
        publish(before);
        s1.close();
        s1.close();
        CallEvent after = presenceOf(acme("alice"));
        publish(after);
        publish(ringing("acme", "alice", "bob"));

        assertThat(first.sequences()).containsExactly(before.sequence());
        assertThat(second.sequences()).containsExactly(before.sequence(), after.sequence());
    }
}
