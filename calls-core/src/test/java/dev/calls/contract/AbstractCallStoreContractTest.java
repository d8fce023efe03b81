package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static dev.calls.contract.CallFixtures.answered;
import static dev.calls.contract.CallFixtures.cancelled;
import static dev.calls.contract.CallFixtures.completed;
import static dev.calls.contract.CallFixtures.declined;
import static dev.calls.contract.CallFixtures.event;
import static dev.calls.contract.CallFixtures.missed;
import static dev.calls.contract.CallFixtures.presenceEvent;
import static dev.calls.contract.CallFixtures.ringing;
import static dev.calls.contract.CallFixtures.ringingEvent;
import static dev.calls.contract.CallFixtures.sortableId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.ParticipantState;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.HistoryQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link dev.calls.spi.CallStore} passes: CRUD, the version check, conditional claims,
 * reads, paging and the event log, plus (inherited) user and pair claims and the multi-threaded races.
 * Extend it, return an empty store from {@link #newStore()} and, for a durable store, empty its tables in
 * {@link #cleanUp()}. Tests never sleep; instants are fixed.
 */
public abstract class AbstractCallStoreContractTest extends AbstractCallStoreClaimContractTest {

    // ------------------------------------------------------------------ create and find

    @Test
    void createThenFindReturnsEqualCall() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));

        assertEquals(Optional.of(call), store.find(call.id()));
    }

    @Test
    void createWithSeveralEventsThenReturnedWithIncreasingSequencesAndStoredAsReturned() {
        Call call = ringing(tenant, T0, "alice", "bob", "carol");
        List<CallEvent> events = List.of(ringingEvent(call), event(EventType.CALL_ACKNOWLEDGED, call, "bob", T0),
                event(EventType.CALL_ACKNOWLEDGED, call, "carol", T0.plusMillis(1)));

        List<CallEvent> stored = store.create(call, events);

        assertEquals(3, stored.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(events.get(i).withSequence(stored.get(i).sequence()), stored.get(i));
            assertTrue(stored.get(i).sequence() > 0, "sequences are positive");
        }
        assertTrue(stored.get(0).sequence() < stored.get(1).sequence());
        assertTrue(stored.get(1).sequence() < stored.get(2).sequence());
        assertEquals(stored, store.eventsAfter(tenant, 0, 10));
    }

    @Test
    void createWhenIdExistsThenIllegalArgumentAndNothingWritten() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        long last = store.lastSequence();
        Call other = ringing(call.id(), tenant, T0.plusSeconds(1), "carol", "dave");

        assertThrows(IllegalArgumentException.class, () -> store.create(other, List.of(ringingEvent(other))));

        assertEquals(Optional.of(call), store.find(call.id()));
        assertEquals(last, store.lastSequence());
    }

    @Test
    void findWhenUnknownThenEmpty() {
        create(ringing(tenant, T0, "alice", "bob"));

        assertEquals(Optional.empty(), store.find(UUID.randomUUID()));
    }

    @Test
    void findByRoomThenTheCallUsingIt() {
        create(ringing(tenant, T0, "alice", "bob"));
        Call wanted = create(ringing(tenant, T0, "carol", "dave"));
        create(ringing(CallFixtures.tenant(), T0, "alice", "bob"));

        assertEquals(Optional.of(wanted), store.findByRoom(wanted.room()));
        assertEquals(Optional.empty(), store.findByRoom("calls-nosuchroom"));
    }

    // ------------------------------------------------------------------ update: the version check

    @Test
    void updateWhenVersionFollowsThenReplacedAndEventsAppended() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call active = answered(call, "bob", T0.plusSeconds(4));

        Optional<List<CallEvent>> stored = store.update(active,
                List.of(event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(4))));

        assertTrue(stored.isPresent());
        assertEquals(Optional.of(active), store.find(call.id()));
        assertEquals(List.of(EventType.CALL_RINGING, EventType.CALL_ACCEPTED),
                eventsOf(call.id()).stream().map(CallEvent::type).toList());
        assertEquals(stored.get().get(0), eventsOf(call.id()).get(1));
        assertEquals(store.lastSequence(), stored.get().get(0).sequence());
    }

    @Test
    void updateWhenVersionIsStaleThenEmptyAndNeitherCallNorEventsWritten() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call active = answered(call, "bob", T0.plusSeconds(4));
        store.update(active, List.of(event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(4))));
        long last = store.lastSequence();
        Call staleCancel = cancelled(call, T0.plusSeconds(5));

        Optional<List<CallEvent>> lost = store.update(staleCancel,
                List.of(event(EventType.CALL_CANCELLED, staleCancel, "alice", T0.plusSeconds(5))));

        assertEquals(Optional.empty(), lost);
        assertEquals(Optional.of(active), store.find(call.id()));
        assertEquals(last, store.lastSequence());
        assertEquals(2, eventsOf(call.id()).size());
    }

    @Test
    void updateWhenVersionSkipsAheadThenEmptyAndNothingWritten() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call skipping = answered(call, "bob", T0.plusSeconds(4)).withVersion(2);

        assertEquals(Optional.empty(), store.update(skipping,
                List.of(event(EventType.CALL_ACCEPTED, skipping, "bob", T0.plusSeconds(4)))));

        assertEquals(Optional.of(call), store.find(call.id()));
        assertEquals(1, eventsOf(call.id()).size());
    }

    @Test
    void updateWhenCallUnknownThenEmptyAndNothingWritten() {
        Call never = answered(ringing(tenant, T0, "alice", "bob"), "bob", T0.plusSeconds(1));
        long last = store.lastSequence();

        assertEquals(Optional.empty(), store.update(never,
                List.of(event(EventType.CALL_ACCEPTED, never, "bob", T0.plusSeconds(1)))));

        assertEquals(Optional.empty(), store.find(never.id()));
        assertEquals(last, store.lastSequence());
    }

    @Test
    void updateWhenTheSameChangeIsSavedTwiceThenAppliedOnce() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call declined = declined(call, T0.plusSeconds(3));
        List<CallEvent> events = List.of(event(EventType.CALL_DECLINED, declined, "bob", T0.plusSeconds(3)));

        assertTrue(store.update(declined, events).isPresent());
        assertFalse(store.update(declined, events).isPresent());

        assertEquals(Optional.of(declined), store.find(call.id()));
        assertEquals(2, eventsOf(call.id()).size());
    }

    @Test
    void updateThroughTheWholeLifecycleThenEveryVersionStored() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call active = answered(call, "bob", T0.plusSeconds(2));
        Call ended = completed(active, T0.plusSeconds(332));

        assertTrue(store.update(active, List.of(event(EventType.CALL_ACCEPTED, active, "bob", T0))).isPresent());
        assertEquals(Optional.of(active), store.find(call.id()));
        assertTrue(store.update(ended, List.of(event(EventType.CALL_ENDED, ended, "alice", T0))).isPresent());

        Call found = store.find(call.id()).orElseThrow();
        assertEquals(ended, found);
        assertEquals(2, found.version());
        assertEquals(332 - 2, found.durationSeconds());
    }

    @Test
    void updateWhenDueCallClaimedThenASecondClaimAtTheSameVersionLoses() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call byNodeA = missed(call, T0.plus(CallFixtures.RING));
        Call byNodeB = missed(call, T0.plus(CallFixtures.RING).plusMillis(3));

        assertTrue(store.update(byNodeA, List.of(event(EventType.CALL_MISSED, byNodeA, null, byNodeA.endedAt())))
                .isPresent());
        assertFalse(store.update(byNodeB, List.of(event(EventType.CALL_MISSED, byNodeB, null, byNodeB.endedAt())))
                .isPresent());

        assertEquals(byNodeA.endedAt(), store.find(call.id()).orElseThrow().endedAt());
        assertEquals(1, eventsOf(call.id()).stream().filter(e -> e.type() == EventType.CALL_MISSED).count());
    }

    // ------------------------------------------------------------------ live and due calls

    @Test
    void findLiveThenRingingAndActiveCallsOfTheUserInTheTenantOldestFirst() {
        Call active = create(answered(ringing(tenant, T0.plusSeconds(10), "bob", "alice"), "alice", T0)
                .withVersion(0));
        Call ringing = create(ringing(tenant, T0.plusSeconds(20), "carol", "alice"));
        Call group = ringing(tenant, T0.plusSeconds(5), "dave", "alice", "erin");
        group = create(answered(group, "erin", T0.plusSeconds(6))
                .withParticipant("alice", p -> p.ended(ParticipantState.DECLINED, T0.plusSeconds(6))).withVersion(0));
        Call ended = create(ringing(tenant, T0.plusSeconds(1), "frank", "alice"));
        save(missed(ended, T0.plusSeconds(31)), EventType.CALL_MISSED);
        create(ringing(tenant, T0.plusSeconds(2), "gina", "hank"));
        create(ringing(CallFixtures.tenant(), T0.plusSeconds(3), "alice", "bob"));

        List<Call> live = store.findLive(tenant, "alice");

        assertEquals(List.of(group.id(), active.id(), ringing.id()), live.stream().map(Call::id).toList());
        assertEquals(ringing, live.get(2));
    }

    @Test
    void findDueThenLiveCallsWithDeadlineAtOrBeforeNowEarliestFirstUpToLimit() {
        Instant now = T0.plusSeconds(100);
        Call late = create(ringing(tenant, T0, "a1", "b1").withDeadline(now.minusSeconds(10)));
        Call exactlyNow = create(ringing(tenant, T0, "a2", "b2").withDeadline(now));
        Call earliest = create(ringing(tenant, T0, "a3", "b3").withDeadline(now.minusSeconds(50)));
        Call middle = create(answered(ringing(tenant, T0, "a4", "b4"), "b4", T0)
                .withDeadline(now.minusSeconds(20)).withVersion(0));
        create(ringing(tenant, T0, "a5", "b5").withDeadline(now.plusMillis(1)));
        create(ringing(tenant, T0, "a6", "b6").withDeadline(null));
        Call over = create(ringing(tenant, T0, "a7", "b7").withDeadline(now.minusSeconds(90)));
        save(missed(over, T0.plusSeconds(30)).withDeadline(now.minusSeconds(90)), EventType.CALL_MISSED);

        assertEquals(List.of(earliest.id(), middle.id(), late.id(), exactlyNow.id()),
                store.findDue(now, 10).stream().map(Call::id).toList());
        assertEquals(List.of(earliest.id(), middle.id()), store.findDue(now, 2).stream().map(Call::id).toList());
        assertEquals(List.of(), store.findDue(now.minusSeconds(51), 10));
    }

    // ------------------------------------------------------------------ history

    @Test
    void historyThenTheUsersCallsInTheTenantNewestFirst() {
        Call older = create(ringing(tenant, T0, "alice", "bob"));
        Call newer = create(ringing(tenant, T0.plusSeconds(60), "bob", "alice", "carol"));
        Call newest = create(ringing(tenant, T0.plusSeconds(120), "carol", "alice"));
        create(ringing(tenant, T0.plusSeconds(30), "erin", "dave"));
        create(ringing(CallFixtures.tenant(), T0.plusSeconds(90), "alice", "bob"));

        List<Call> page = store.history(tenant, "alice", HistoryQuery.first(10));

        assertEquals(List.of(newest, newer, older), page);
    }

    @Test
    void historyWhenManyShareTheirCreationInstantThenKeysetPagesCoverAllInOrderOnce() {
        long prefix = CallFixtures.idPrefix();
        List<Call> expected = new ArrayList<>();
        List<Call> toStore = new ArrayList<>();
        for (int second = 4; second >= 0; second--) {
            for (int n = 6; n >= 1; n--) {
                Call call = ringing(sortableId(prefix, second * 10 + n), tenant, T0.plusSeconds(second),
                        "caller" + (second * 10 + n), "bob");
                expected.add(call);
                toStore.add(call);
            }
        }
        Collections.shuffle(toStore, new java.util.Random(7));
        toStore.forEach(this::create);

        List<Call> seen = new ArrayList<>();
        List<Call> page = store.history(tenant, "bob", HistoryQuery.first(7));
        while (!page.isEmpty()) {
            seen.addAll(page);
            Call last = page.get(page.size() - 1);
            page = store.history(tenant, "bob", new HistoryQuery(false, null, last.createdAt(), last.id(), 7));
        }

        assertEquals(expected.stream().map(Call::id).toList(), seen.stream().map(Call::id).toList());
    }

    @Test
    void historyWhenMissedOnlyThenOnlyCallsTheUserWasRungForAndNeverAnswered() {
        Call missedCall = create(ringing(tenant, T0, "alice", "bob"));
        save(missed(missedCall, T0.plusSeconds(30)), EventType.CALL_MISSED);
        Call cancelledCall = create(ringing(tenant, T0.plusSeconds(40), "carol", "bob"));
        save(cancelled(cancelledCall, T0.plusSeconds(45)), EventType.CALL_CANCELLED);
        Call declinedCall = create(ringing(tenant, T0.plusSeconds(50), "alice", "bob"));
        save(declined(declinedCall, T0.plusSeconds(52)), EventType.CALL_DECLINED);
        Call answeredCall = create(ringing(tenant, T0.plusSeconds(60), "alice", "bob"));
        Call answeredNow = save(answered(answeredCall, "bob", T0.plusSeconds(61)), EventType.CALL_ACCEPTED);
        save(completed(answeredNow, T0.plusSeconds(65)), EventType.CALL_ENDED);
        create(ringing(tenant, T0.plusSeconds(70), "erin", "bob"));
        Call bobsOwn = create(ringing(tenant, T0.plusSeconds(80), "bob", "alice"));
        save(missed(bobsOwn, T0.plusSeconds(110)), EventType.CALL_MISSED);

        List<Call> page = store.history(tenant, "bob", new HistoryQuery(true, null, null, null, 10));

        assertEquals(List.of(cancelledCall.id(), missedCall.id()), page.stream().map(Call::id).toList());
    }

    @Test
    void historyWhenSinceThenOnlyCallsCreatedAtOrAfterIt() {
        create(ringing(tenant, T0, "erin", "alice"));
        Call atSince = create(ringing(tenant, T0.plusSeconds(10), "carol", "alice"));
        Call after = create(ringing(tenant, T0.plusSeconds(11), "bob", "alice"));

        List<Call> page = store.history(tenant, "alice",
                new HistoryQuery(false, T0.plusSeconds(10), null, null, 10));

        assertEquals(List.of(after.id(), atSince.id()), page.stream().map(Call::id).toList());
    }

    @Test
    void historyWhenSinceOrCursorAtTheEndsOfTimeThenClampedNotFailing() {
        Call first = create(ringing(tenant, T0, "erin", "alice"));
        Call second = create(ringing(tenant, T0.plusSeconds(1), "bob", "alice"));
        Instant farPast = Instant.parse("-999999999-01-01T00:00:00Z");

        assertEquals(List.of(second, first), store.history(tenant, "alice",
                new HistoryQuery(false, farPast, null, null, 10)));
        assertEquals(List.of(second, first), store.history(tenant, "alice",
                new HistoryQuery(false, Instant.MIN, Instant.MAX, second.id(), 10)));
        assertEquals(List.of(), store.history(tenant, "alice", new HistoryQuery(false, Instant.MAX, null, null, 10)));
        assertEquals(List.of(), store.history(tenant, "alice",
                new HistoryQuery(false, null, Instant.MIN, first.id(), 10)));
    }

    @Test
    void historyWhenLimitThenAtMostThatManyNewestFirst() {
        for (int i = 0; i < 5; i++) {
            create(ringing(tenant, T0.plusSeconds(i), "caller" + i, "alice"));
        }

        List<Call> page = store.history(tenant, "alice", HistoryQuery.first(2));

        assertEquals(List.of(T0.plusSeconds(4), T0.plusSeconds(3)), page.stream().map(Call::createdAt).toList());
    }

    // ------------------------------------------------------------------ the event log

    @Test
    void eventsAfterThenOnlyTheTenantsEventsAfterTheSequenceInOrderUpToLimit() {
        String other = CallFixtures.tenant();
        List<CallEvent> mine = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mine.addAll(store.append(List.of(presenceEvent(tenant, "u" + i, T0.plusSeconds(i)))));
            store.append(List.of(presenceEvent(other, "u" + i, T0.plusSeconds(i))));
        }

        assertEquals(mine, store.eventsAfter(tenant, 0, 10));
        assertEquals(mine.subList(1, 3), store.eventsAfter(tenant, mine.get(0).sequence(), 2));
        assertEquals(List.of(), store.eventsAfter(tenant, mine.get(3).sequence(), 10));
    }

    @Test
    void eventsAfterAcrossTenantsThenEveryEventInSequenceOrder() {
        String other = CallFixtures.tenant();
        long before = store.lastSequence();
        List<CallEvent> all = new ArrayList<>();
        all.addAll(store.append(List.of(presenceEvent(tenant, "u1", T0))));
        Call call = ringing(other, T0, "alice", "bob");
        all.addAll(store.create(call, List.of(ringingEvent(call))));
        all.addAll(store.append(List.of(presenceEvent(tenant, "u2", T0), presenceEvent(other, "u3", T0))));

        assertEquals(all, store.eventsAfter(before, 10));
        assertEquals(all.subList(0, 2), store.eventsAfter(before, 2));
        assertEquals(all.subList(2, 4), store.eventsAfter(all.get(1).sequence(), 10));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).sequence() < all.get(i).sequence(), "strictly increasing");
        }
    }

    @Test
    void lastSequenceThenZeroForAnEmptyLogAndTheHighestStoredAfterwards() {
        assertEquals(0, store.lastSequence());

        List<CallEvent> stored = store.append(List.of(presenceEvent(tenant, "u1", T0), presenceEvent(tenant, "u2", T0)));

        assertEquals(stored.get(1).sequence(), store.lastSequence());
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void createWhenEveryFieldSetAndManyParticipantsThenFoundEqual() {
        Call live = create(CallFixtures.everyFieldSet(tenant, 24, false));
        Call ended = create(CallFixtures.everyFieldSet(tenant, 13, true));

        assertEquals(Optional.of(live), store.find(live.id()));
        assertEquals(Optional.of(ended), store.find(ended.id()));
        assertEquals(live.participants(), store.find(live.id()).orElseThrow().participants());
    }

    @Test
    void updateWhenEveryFieldChangesThenFoundEqual() {
        Call call = create(ringing(tenant, T0, "alice", "bob", "carol"));
        Call changed = CallFixtures.everyFieldSet(tenant, 9, false);
        Call next = new Call(call.id(), call.tenant(), changed.type(), call.initiator(),
                changed.participants().stream().map(p -> p.userId().equals("zed-42")
                        ? new dev.calls.Participant("alice", p.name(), p.role(), p.state(), p.audioMuted(),
                                p.videoMuted(), p.connectionQuality(), p.inRoom(), p.invitedAt(), p.joinedAt(),
                                p.leftAt())
                        : p).toList(),
                call.room(), changed.providerId(), changed.state(), call.createdAt(), changed.answeredAt(),
                changed.endedAt(), changed.endReason(), changed.deadline(), changed.idleSince(), 1);

        assertTrue(store.update(next, List.of(event(EventType.PARTICIPANT_MEDIA, next, "alice", T0))).isPresent());

        assertEquals(Optional.of(next), store.find(call.id()));
    }

    @Test
    void eventsWhenStoredThenReadBackEqualWithTheirCallSnapshotAndData() {
        Call call = create(CallFixtures.everyFieldSet(tenant, 6, false));
        Call ended = completed(call, T0.plusSeconds(999));
        CallEvent system = CallEvent.forCall(EventType.CALL_ENDED, ended, null, T0.plusSeconds(999),
                Map.of("reason", "max_duration", "note", "ünïcode ✓", "userIds", "a,b,c"));
        List<CallEvent> stored = store.update(ended, List.of(system)).orElseThrow();

        CallEvent read = store.eventsAfter(tenant, stored.get(0).sequence() - 1, 1).get(0);

        assertEquals(stored.get(0), read);
        assertEquals(ended, read.call());
        assertEquals(null, read.actor());
    }

    @Test
    void instantsWhenStoredThenEqualToTheMillisecond() {
        Instant odd = Instant.parse("2026-12-31T23:59:59.999Z");
        Call call = create(ringing(tenant, odd, "alice", "bob").withDeadline(odd.plusNanos(999_999)));
        CallEvent e = store.append(List.of(presenceEvent(tenant, "u", odd.plusNanos(123_456)))).get(0);

        Call found = store.find(call.id()).orElseThrow();
        assertEquals(odd, found.createdAt());
        assertEquals(odd, found.deadline());
        assertEquals(odd, store.eventsAfter(tenant, e.sequence() - 1, 1).get(0).at());
        assertEquals(CallState.RINGING, found.state());
    }
}
