package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.presence.PresencePage;
import dev.calls.presence.PresenceService;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.presence.PresenceView;
import dev.calls.testing.CountingPresenceStore;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceTest {
    private final CountingPresenceStore store = new CountingPresenceStore(new InMemoryPresenceStore());
    private final EngineFixture f = new EngineFixture(b -> b.presenceStore(store));
    private final PresenceService presence = f.calls.presence();
    private final List<CallEvent> carolSees = new CopyOnWriteArrayList<>();

    PresenceTest() {
        f.calls.events().subscribe(acme("carol"), carolSees::add);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<PresenceView> changesOf(String userId) {
        return carolSees.stream().filter(e -> e.type() == EventType.PRESENCE_CHANGED)
                .map(CallEvent::presence).filter(p -> p.user().userId().equals(userId)).toList();
    }

    @Test
    void heartbeatThenOnlineCallableAndAnnouncedOnce() {
        PresenceView view = presence.heartbeat(acme("bob"));
        presence.heartbeat(acme("bob"));

        assertThat(view.online()).isTrue();
        assertThat(view.callable()).isTrue();
        assertThat(view.name()).isEqualTo("Bob Brown");
        assertThat(view.lastSeen()).isEqualTo(f.clock.instant());
        assertThat(view.effectiveStatus()).isEqualTo(PresenceStatus.ONLINE);
        assertThat(changesOf("bob")).extracting(PresenceView::online).containsExactly(true);
    }

    @Test
    void signOutThenOfflineAtOnceAnnouncedAndStaysOffPastFlushesUntilTheNextSignOfLife() {
        PresenceService.Connection stream = presence.connect(acme("bob"));
        f.advance(Duration.ofSeconds(10));

        stream.close(); // the page that signs out closes its stream, before or after the sign-out arrives
        PresenceView out = presence.signOut(acme("bob"));
        PresenceService.Connection late = presence.connect(acme("bob"));
        assertThat(presence.signOut(acme("bob")).online()).as("a stream still open keeps the user online").isTrue();
        late.close(); // a stream noticed closed after the sign-out is no sign of life: now they are offline

        assertThat(out.online()).isFalse();
        assertThat(presence.get(acme("bob")).online()).isFalse();
        assertThat(presence.online("acme", false, null, 10).items()).extracting(v -> v.user().userId()).doesNotContain("bob");
        f.advance(Duration.ofMinutes(1)); // flushes run: the stored lastSeen is still recent, and must not count
        assertThat(presence.get(acme("bob")).online()).isFalse();
        assertThat(changesOf("bob")).extracting(PresenceView::online).containsExactly(true, false, true, true, false);

        presence.heartbeat(acme("bob"));

        assertThat(presence.get(acme("bob")).online()).isTrue();
        assertThat(changesOf("bob")).extracting(PresenceView::online).endsWith(false, true);
    }

    @Test
    void heartbeatWhenTheTimeoutPassesThenOfflineWithAPresenceChangedEvent() {
        presence.heartbeat(acme("bob"));

        f.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(presence.get(acme("bob")).online()).isTrue();
        f.advance(Duration.ofSeconds(1));

        PresenceView view = presence.get(acme("bob"));
        assertThat(view.online()).isFalse();
        assertThat(view.callable()).isFalse();
        assertThat(view.effectiveStatus()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(changesOf("bob")).extracting(PresenceView::online).containsExactly(true, false);
    }

    @Test
    void connectWhenTheConnectionStaysOpenThenOnlinePastTheTimeoutAlsoForOtherNodes() {
        PresenceService.Connection stream = presence.connect(acme("bob"));

        f.advance(Duration.ofHours(1));

        assertThat(presence.get(acme("bob")).online()).isTrue();
        assertThat(presence.isConnected(acme("bob"))).isTrue();
        try (Calls other = f.otherNode(new ManualScheduler(f.clock), b -> b.presenceStore(store))) {
            assertThat(other.presence().get(acme("bob")).online()).isTrue();
            assertThat(other.presence().isConnected(acme("bob"))).isFalse();
        }

        stream.close();
        stream.close();
        f.advance(Duration.ofMinutes(5));
        assertThat(presence.get(acme("bob")).online()).isFalse();
        assertThat(changesOf("bob")).extracting(PresenceView::online).containsExactly(true, false);
    }

    @Test
    void heartbeatWhenManyThenWrittenBehindInOneBatchNotOncePerHeartbeat() {
        List<String> users = List.of("alice", "bob", "dave", "erin");
        users.forEach(u -> presence.heartbeat(acme(u)));
        assertThat(store.touches.get()).as("coming online is written at once").isEqualTo(4);
        store.touches.set(0);
        store.touchedUsers.set(0);

        java.time.Instant lastBeat = null;
        for (int i = 0; i < 25; i++) {
            lastBeat = f.clock.instant();
            users.forEach(u -> presence.heartbeat(acme(u)));
            f.clock.advance(Duration.ofMillis(50));
        }
        assertThat(store.writes()).as("100 heartbeats, before the flush").isZero();
        f.advance(Duration.ofSeconds(2));
        assertThat(store.writes()).as("written at most every half of the presence timeout").isZero();
        f.advance(Duration.ofSeconds(150));

        assertThat(store.touches.get()).isEqualTo(1);
        assertThat(store.touchedUsers.get()).isEqualTo(4);
        assertThat(store.find(acme("bob")).orElseThrow().lastSeen()).isEqualTo(lastBeat);
    }

    @Test
    void heartbeatEveryMinuteForAnHourThenAboutOneWritePerTwoHeartbeatsAndStillOnlineEverywhere() {
        presence.heartbeat(acme("bob"));
        store.touches.set(0);
        for (int minute = 1; minute <= 60; minute++) {
            f.advance(Duration.ofSeconds(60));
            presence.heartbeat(acme("bob"));
            java.time.Instant stored = store.find(acme("bob")).orElseThrow().lastSeen();
            assertThat(stored.plus(Duration.ofMinutes(5))).as("other nodes still see bob online")
                    .isAfter(f.clock.instant());
        }
        assertThat(store.touches.get()).isBetween(20, 31);
    }

    @Test
    void updateThenSavedAnnouncedAndCountedAsSeen() {
        PresenceView view = presence.update(acme("bob"),
                new PresenceUpdate(PresenceStatus.AWAY, "Lunch until 2", null, null));

        assertThat(view.online()).isTrue();
        assertThat(view.status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(view.message()).isEqualTo("Lunch until 2");
        assertThat(view.callable()).isTrue();
        assertThat(store.saves.get()).isEqualTo(1);
        assertThat(changesOf("bob")).hasSize(1);
        assertThat(changesOf("bob").get(0).message()).isEqualTo("Lunch until 2");

        PresenceView cleared = presence.update(acme("bob"), new PresenceUpdate(null, " ", null, true));
        assertThat(cleared.message()).isNull();
        assertThat(cleared.status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(cleared.doNotDisturb()).isTrue();
        assertThat(cleared.callable()).isFalse();
    }

    @Test
    void updateWhenTheMessageIsTooLongThenInvalidRequest() {
        assertThatThrownBy(() -> presence.update(acme("bob"), new PresenceUpdate(null, "x".repeat(201), null, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void inACallThenNotCallableAndShownBusyUntilItEnds() {
        f.online("alice", "bob");
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        assertThat(presence.get(acme("alice")).inCall()).as("ringing out counts").isTrue();
        assertThat(presence.get(acme("bob")).inCall()).as("being rung does not").isFalse();

        f.calls.accept(call.id(), acme("bob"));
        PresenceView bob = presence.get(acme("bob"));
        assertThat(bob.inCall()).isTrue();
        assertThat(bob.callable()).isFalse();
        assertThat(bob.effectiveStatus()).isEqualTo(PresenceStatus.BUSY);

        f.calls.end(call.id(), acme("alice"));
        assertThat(presence.get(acme("bob")).callable()).isTrue();
    }

    @Test
    void callStartedAnsweredAndEndedByDefaultThenInCallAnnouncedLiveForEachParticipant() {
        try (EngineFixture announcing = new EngineFixture().online("alice", "bob")) {
            Call call = announcing.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            announcing.calls.accept(call.id(), acme("bob"));
            announcing.calls.end(call.id(), acme("bob"));

            assertThat(inCallChanges(announcing, "alice")).containsExactly(false, true, false);
            assertThat(inCallChanges(announcing, "bob")).containsExactly(false, true, false);
        }
    }

    @Test
    void callStartedAnsweredAndEndedWithAnnouncingOffThenNoPresenceAnnounced() {
        try (EngineFixture quiet = new EngineFixture(b -> b.announceCallPresence(false)).online("alice", "bob")) {
            Call call = quiet.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            quiet.calls.accept(call.id(), acme("bob"));
            quiet.calls.end(call.id(), acme("bob"));

            assertThat(inCallChanges(quiet, "alice")).containsExactly(false);
            assertThat(inCallChanges(quiet, "bob")).containsExactly(false);
        }
    }

    private static List<Boolean> inCallChanges(EngineFixture fixture, String userId) {
        return fixture.calls.events().after(acme(userId), 0, 100).stream()
                .filter(e -> e.presence() != null && e.presence().user().userId().equals(userId))
                .map(e -> e.presence().inCall()).toList();
    }

    @Test
    void getManyThenInTheOrderAskedWithUnknownUsersOffline() {
        f.online("bob");

        List<PresenceView> views = presence.get("acme", List.of("nobody", "bob"));

        assertThat(views).extracting(v -> v.user().userId()).containsExactly("nobody", "bob");
        assertThat(views).extracting(PresenceView::online).containsExactly(false, true);
    }

    @Test
    void onlineWhenPagedThenEveryOnlineUserOnceInIdOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            String id = String.format("user%02d", i);
            f.users.add("acme", id, "User " + i);
            if (i % 4 == 0) {
                presence.heartbeat(acme(id));
                f.clock.advance(Duration.ofMinutes(1));
            } else {
                expected.add(id);
            }
        }
        f.advance(Duration.ofMinutes(4));
        expected.forEach(id -> presence.heartbeat(acme(id)));
        presence.update(acme("user05"), new PresenceUpdate(null, null, null, true));
        presence.heartbeat(UserRef.of("globex", "gina"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PresencePage page = presence.online("acme", false, cursor, 5);
            page.items().forEach(v -> seen.add(v.user().userId()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(4);
        assertThat(presence.online("acme", true, null, 200).items()).extracting(v -> v.user().userId())
                .doesNotContain("user05").hasSize(expected.size() - 1);
    }

    @Test
    void onlineWhenLimitOutOfRangeThenInvalidRequest() {
        assertThatThrownBy(() -> presence.online("acme", false, null, 0)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> presence.online("acme", false, null, 201)).isInstanceOf(RefusedException.class);
    }
}
