package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.presence.PresenceUpdate;
import dev.calls.spi.EventTransport;
import dev.calls.testing.EngineFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventsTest {
    private static final UserRef GINA = UserRef.of(EngineFixture.GLOBEX, "gina");

    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol", "dave", "erin");
    private final Calls calls = f.calls;
    private Call aliceBob;
    private Call carolDave;

    @AfterEach
    void close() {
        f.close();
    }

    private void someOfEverything() {
        f.users.add(EngineFixture.GLOBEX, "gus", "Gus Gray");
        calls.presence().heartbeat(GINA);
        calls.presence().heartbeat(UserRef.of(EngineFixture.GLOBEX, "gus"));
        aliceBob = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        carolDave = calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO);
        calls.start(GINA, List.of("gus"), MediaType.AUDIO);
        calls.accept(aliceBob.id(), acme("bob"));
        calls.presence().update(acme("erin"), new PresenceUpdate(null, "Out today", null, null));
        calls.decline(carolDave.id(), acme("dave"));
        calls.updateMedia(aliceBob.id(), acme("bob"), new MediaUpdate(true, null, null));
        calls.end(aliceBob.id(), acme("alice"));
    }

    @Test
    void eventsWhenStoredThenSequencesStrictlyIncreaseAndLastSequenceIsTheNewest() {
        someOfEverything();

        List<CallEvent> log = f.store.eventsAfter(0, 1000);
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).sequence()).isGreaterThan(log.get(i - 1).sequence());
        }
        assertThat(calls.events().lastSequence()).isEqualTo(log.get(log.size() - 1).sequence());
    }

    @Test
    void afterThenOnlyWhatTheUserMaySee() {
        someOfEverything();

        List<CallEvent> bobs = calls.events().after(acme("bob"), 0, 500);

        assertThat(bobs).allMatch(e -> e.tenant().equals("acme"));
        assertThat(bobs).filteredOn(e -> e.callId() != null).allMatch(e -> e.callId().equals(aliceBob.id()))
                .extracting(CallEvent::type).containsExactly(EventType.CALL_RINGING, EventType.CALL_ACCEPTED,
                        EventType.PARTICIPANT_MEDIA, EventType.CALL_ENDED);
        assertThat(bobs).filteredOn(e -> e.type() == EventType.PRESENCE_CHANGED)
                .extracting(e -> e.presence().user().userId()).contains("alice", "erin").doesNotContain("gina");
        assertThat(calls.events().after(GINA, 0, 500)).allMatch(e -> e.tenant().equals(EngineFixture.GLOBEX))
                .anyMatch(e -> e.type() == EventType.CALL_RINGING);
        assertThat(calls.events().after(acme("erin"), 0, 500)).allMatch(e -> e.callId() == null);
    }

    @Test
    void afterWhenResumedFromAnyEventThenExactlyTheRest() {
        someOfEverything();
        List<CallEvent> all = calls.events().after(acme("dave"), 0, 500);

        for (int k = 0; k < all.size(); k++) {
            assertThat(calls.events().after(acme("dave"), all.get(k).sequence(), 500))
                    .isEqualTo(all.subList(k + 1, all.size()));
        }
        assertThat(calls.events().after(acme("dave"), 0, 3)).isEqualTo(all.subList(0, 3));
    }

    @Test
    void afterWhenThousandsOfOthersEventsLieBetweenThenStillFound() {
        Call others = calls.accept(calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO).id(), acme("dave"));
        long from = calls.events().lastSequence();
        for (int i = 0; i < 1200; i++) {
            calls.updateMedia(others.id(), acme("carol"), new MediaUpdate(i % 2 == 0, null, null));
        }
        Call mine = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);

        List<CallEvent> bobs = calls.events().after(acme("bob"), from, 10).stream()
                .filter(e -> e.call() != null).toList();

        assertThat(bobs).extracting(CallEvent::callId).containsExactly(mine.id());
    }

    @Test
    void afterWhenArgumentsOutOfRangeThenInvalidRequest() {
        for (int limit : new int[] {0, 501}) {
            assertThatThrownBy(() -> calls.events().after(acme("bob"), 0, limit))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }
        assertThatThrownBy(() -> calls.events().after(acme("bob"), -1, 10)).isInstanceOf(RefusedException.class);
    }

    @Test
    void subscribeThenLiveEventsTheUserMaySeeUntilClosed() {
        List<CallEvent> bobLive = new ArrayList<>();
        List<CallEvent> erinLive = new ArrayList<>();
        EventTransport.Subscription bob = calls.events().subscribe(acme("bob"), bobLive::add);
        calls.events().subscribe(acme("erin"), erinLive::add);

        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO);
        bob.close();
        bob.close();
        calls.cancel(call.id(), acme("alice"));

        List<CallEvent> bobCalls = bobLive.stream().filter(e -> e.call() != null).toList();
        assertThat(bobCalls).extracting(CallEvent::type).containsExactly(EventType.CALL_RINGING);
        assertThat(bobCalls.get(0).call()).isEqualTo(call);
        assertThat(erinLive).as("no call of erin's").noneMatch(e -> e.call() != null);
        assertThat(erinLive).as("in-call presence of the tenant, erin watching everyone")
                .anyMatch(e -> e.presence() != null && e.presence().user().userId().equals("alice") && e.presence().inCall());
    }

    @Test
    void listenersWhenEventsCommittedThenEachHeardOnceInOrder() {
        someOfEverything();
        f.drain();

        List<Long> stored = f.store.eventsAfter(0, 1000).stream()
                .filter(e -> !e.tenant().equals("zz-drain")).map(CallEvent::sequence).toList();
        List<Long> heard = f.listened.stream().filter(e -> !e.tenant().equals("zz-drain"))
                .map(CallEvent::sequence).toList();
        assertThat(heard).isEqualTo(stored);
    }
}
