package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static dev.calls.contract.CallFixtures.answered;
import static dev.calls.contract.CallFixtures.cancelled;
import static dev.calls.contract.CallFixtures.completed;
import static dev.calls.contract.CallFixtures.event;
import static dev.calls.contract.CallFixtures.ringing;
import static dev.calls.contract.CallFixtures.ringingEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.ParticipantRole;
import dev.calls.ParticipantState;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallStore;
import dev.calls.spi.ClaimConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The claims part of the {@link CallStore} contract: a user joined in a live call cannot join another, two
 * users have at most one live 1:1 call (glare, a repeated submission), claims go with the participant or the
 * call that gives them up, a lost version race stays empty, and of threads (or nodes, see
 * {@link #otherNode()}) racing for one claim exactly one wins. Extend {@link AbstractCallStoreContractTest},
 * which includes this.
 */
public abstract class AbstractCallStoreClaimContractTest extends AbstractCallStoreConcurrencyContractTest {

    /**
     * A second store on the same storage, as another node has it; a store that cannot be shared returns
     * {@link #store}. Racing tests alternate between both.
     */
    protected CallStore otherNode() {
        return store;
    }

    private CallStore node(int i) {
        return i % 2 == 0 ? store : otherNode();
    }

    @Test
    void createWhenInitiatorIsJoinedInAnotherLiveCallThenRefusedWithTheHolderAndNothingWritten() {
        Call first = create(ringing(tenant, T0, "alice", "bob"));
        long last = store.lastSequence();
        Call second = ringing(tenant, T0.plusSeconds(1), "alice", "carol");

        ClaimConflictException e = assertThrows(ClaimConflictException.class,
                () -> store.create(second, List.of(ringingEvent(second))));

        assertEquals(first.id(), e.callId());
        assertEquals("alice", e.userId());
        assertFalse(e.isPair());
        assertEquals(Optional.empty(), store.find(second.id()));
        assertEquals(last, store.lastSequence());
    }

    @Test
    void updateWhenAnsweringWhileJoinedInAnotherLiveCallThenRefusedAndNothingWritten() {
        Call talking = create(ringing(tenant, T0, "alice", "bob"));
        talking = save(answered(talking, "bob", T0.plusSeconds(2)), EventType.CALL_ACCEPTED);
        Call waiting = create(ringing(tenant, T0.plusSeconds(3), "carol", "bob"));
        long last = store.lastSequence();
        Call accepted = answered(waiting, "bob", T0.plusSeconds(4));

        ClaimConflictException e = assertThrows(ClaimConflictException.class, () -> store.update(accepted,
                List.of(event(EventType.CALL_ACCEPTED, accepted, "bob", T0.plusSeconds(4)))));

        assertEquals(talking.id(), e.callId());
        assertEquals("bob", e.userId());
        assertEquals(Optional.of(waiting), store.find(waiting.id()));
        assertEquals(last, store.lastSequence());
    }

    @Test
    void createWhenTheOtherUserIsCallingBackAtTheSameTimeThenRefusedAsAPair() {
        Call first = create(ringing(tenant, T0, "alice", "bob"));
        Call glare = ringing(tenant, T0, "bob", "alice");

        ClaimConflictException e = assertThrows(ClaimConflictException.class,
                () -> store.create(glare, List.of(ringingEvent(glare))));

        assertEquals(first.id(), e.callId());
        assertTrue(e.isPair());
        assertNull(e.userId());
        assertEquals(List.of(first.id()), store.findLive(tenant, "bob").stream().map(Call::id).toList());
    }

    @Test
    void createWhenTheSameCallIsSubmittedTwiceThenRefusedAsAPair() {
        Call first = create(ringing(tenant, T0, "alice", "bob"));
        Call again = ringing(tenant, T0.plusMillis(40), "alice", "bob");

        ClaimConflictException e = assertThrows(ClaimConflictException.class,
                () -> store.create(again, List.of(ringingEvent(again))));

        assertEquals(first.id(), e.callId());
        assertTrue(e.isPair());
        assertEquals(Optional.empty(), store.find(again.id()));
    }

    @Test
    void createWhenOnlyInvitedElsewhereOrInAnotherTenantThenAllowed() {
        create(ringing(tenant, T0, "alice", "bob", "carol"));
        create(ringing(tenant, T0, "dave", "bob"));
        create(ringing(CallFixtures.tenant(), T0, "alice", "bob"));

        Call third = create(ringing(tenant, T0, "erin", "bob"));

        assertEquals(3, store.findLive(tenant, "bob").size());
        assertEquals(Optional.of(third), store.find(third.id()));
    }

    @Test
    void updateWhenTheCallEndsThenItsClaimsAreReleased() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        save(cancelled(call, T0.plusSeconds(5)), EventType.CALL_CANCELLED);

        Call again = create(ringing(tenant, T0.plusSeconds(6), "alice", "bob"));
        Call active = save(answered(again, "bob", T0.plusSeconds(7)), EventType.CALL_ACCEPTED);
        save(completed(active, T0.plusSeconds(60)), EventType.CALL_ENDED);
        Call callBack = create(ringing(tenant, T0.plusSeconds(61), "bob", "alice"));

        assertEquals(List.of(callBack.id()), store.findLive(tenant, "alice").stream().map(Call::id).toList());
    }

    @Test
    void updateWhenAParticipantLeavesAGroupCallThenOnlyTheirClaimIsReleased() {
        Call group = create(ringing(tenant, T0, "alice", "bob", "carol"));
        group = save(answered(group, "bob", T0.plusSeconds(2)), EventType.CALL_ACCEPTED);
        Call bobLeft = group.withParticipant("bob", p -> p.ended(ParticipantState.LEFT, T0.plusSeconds(9)))
                .withVersion(group.version() + 1);
        save(bobLeft, EventType.PARTICIPANT_LEFT);

        Call bobsNext = create(ringing(tenant, T0.plusSeconds(10), "bob", "dave"));
        Call aliceElsewhere = ringing(tenant, T0.plusSeconds(11), "alice", "erin");

        assertEquals(Optional.of(bobsNext), store.find(bobsNext.id()));
        assertEquals(group.id(), assertThrows(ClaimConflictException.class,
                () -> store.create(aliceElsewhere, List.of(ringingEvent(aliceElsewhere)))).callId());
    }

    @Test
    void updateWhenAThirdUserIsInvitedThenThePairClaimIsReleased() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call widened = call.withParticipants(List.of(call.participants().get(0), call.participants().get(1),
                new Participant("carol", "Carol", ParticipantRole.GUEST,
                        ParticipantState.INVITED, false, false, null, false, T0.plusSeconds(1), null, null)))
                .withVersion(1);
        save(widened, EventType.CALL_RINGING);

        Call bobCalls = create(ringing(tenant, T0.plusSeconds(2), "bob", "alice"));

        assertEquals(Optional.of(bobCalls), store.find(bobCalls.id()));
    }

    @Test
    void updateWhenVersionIsStaleThenEmptyEvenIfItsClaimsAreTaken() {
        Call talking = create(ringing(tenant, T0, "alice", "dave"));
        save(answered(talking, "dave", T0.plusSeconds(1)), EventType.CALL_ACCEPTED);
        Call mine = create(ringing(tenant, T0.plusSeconds(2), "carol", "dave"));
        Call cancelledCall = save(cancelled(mine, T0.plusSeconds(3)), EventType.CALL_CANCELLED);
        Call stale = answered(mine, "dave", T0.plusSeconds(4));

        assertEquals(Optional.empty(), store.update(stale,
                List.of(event(EventType.CALL_ACCEPTED, stale, "dave", T0.plusSeconds(4)))));

        assertEquals(Optional.of(cancelledCall), store.find(mine.id()));
    }

    @Test
    void updateWhenEndedOnOneNodeThenTheOtherNodeCanClaimAgain() {
        Call call = create(ringing(tenant, T0, "alice", "bob"));
        Call ended = cancelled(call, T0.plusSeconds(1));
        assertTrue(otherNode().update(ended,
                List.of(event(EventType.CALL_CANCELLED, ended, "alice", T0.plusSeconds(1)))).isPresent());

        Call next = ringing(tenant, T0.plusSeconds(2), "bob", "alice");
        store.create(next, List.of(ringingEvent(next)));

        assertEquals(Optional.of(next), otherNode().find(next.id()));
    }

    @Test
    void createWhenThreadsRaceForTheSamePairThenExactlyOneCallIsCreated() {
        for (int round = 0; round < 10; round++) {
            int r = round;
            List<Call> candidates = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                candidates.add(t % 2 == 0 ? ringing(tenant, T0.plusSeconds(r), "alice", "bob")
                        : ringing(tenant, T0.plusSeconds(r), "bob", "alice"));
            }
            List<UUID> outcomes = Race.run(THREADS, t -> {
                Call mine = candidates.get(t);
                try {
                    node(t).create(mine, List.of(ringingEvent(mine)));
                    return mine.id();
                } catch (ClaimConflictException e) {
                    return e.callId();
                }
            });

            List<Call> live = store.findLive(tenant, "alice");
            assertEquals(1, live.size(), "live calls in round " + round);
            Call winner = live.get(0);
            assertEquals(List.of(winner.id()), outcomes.stream().distinct().toList(),
                    "every loser is told the winner in round " + round);
            assertEquals(1, eventsOf(winner.id()).size());
            save(cancelled(winner, T0.plusSeconds(r).plusMillis(500)), EventType.CALL_CANCELLED);
        }
    }

    @Test
    void updateWhenThreadsAnswerDifferentCallsOfOneUserThenExactlyOneAnswerIsStored() {
        List<Call> ringingCalls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ringingCalls.add(create(ringing(tenant, T0, "caller" + t, "bob")));
        }

        List<UUID> outcomes = Race.run(THREADS, t -> {
            Call accepted = answered(ringingCalls.get(t), "bob", T0.plusSeconds(1));
            try {
                assertTrue(node(t).update(accepted,
                        List.of(event(EventType.CALL_ACCEPTED, accepted, "bob", T0.plusSeconds(1)))).isPresent());
                return accepted.id();
            } catch (ClaimConflictException e) {
                assertEquals("bob", e.userId());
                return e.callId();
            }
        });

        List<Call> answeredCalls = store.findLive(tenant, "bob").stream()
                .filter(c -> c.participant("bob").orElseThrow().state() == ParticipantState.JOINED).toList();
        assertEquals(1, answeredCalls.size());
        assertEquals(List.of(answeredCalls.get(0).id()), outcomes.stream().distinct().toList());
    }
}
