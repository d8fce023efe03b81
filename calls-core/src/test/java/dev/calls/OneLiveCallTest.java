package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user is joined in at most one live call, on every node; a repeated start and glare make one call. */
class OneLiveCallTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol", "dave");

    @AfterEach
    void close() {
        f.close();
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** bob is still asked in carol's group call (missed there, it rings dave on) while joined in alice's call. */
    private Call[] bobInAliceCallAndAskedByCarol() {
        Call group = f.calls.start(acme("carol"), List.of("bob", "dave"), MediaType.AUDIO);
        Call first = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(first.id(), acme("bob"));
        return new Call[] {first, group};
    }

    @Test
    void acceptWhenJoinedInAnotherCallThenAlreadyInCallAndNothingChanges() {
        Call[] calls = bobInAliceCallAndAskedByCarol();

        assertRefused(() -> f.calls.accept(calls[1].id(), acme("bob")), ErrorCode.ALREADY_IN_CALL);

        assertThat(f.calls.get(calls[0].id(), acme("bob")).state()).isEqualTo(CallState.ACTIVE);
        Call group = f.calls.get(calls[1].id(), acme("bob"));
        assertThat(group.state()).isEqualTo(CallState.RINGING);
        assertThat(group.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.MISSED);
    }

    @Test
    void acceptWithLeaveCurrentThenTheCurrentCallIsLeftFirstAndTheNewOneAnswered() {
        Call[] calls = bobInAliceCallAndAskedByCarol();

        Call answered = f.calls.accept(calls[1].id(), acme("bob"), true);

        assertThat(answered.state()).isEqualTo(CallState.ACTIVE);
        assertThat(answered.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.JOINED);
        Call left = f.calls.get(calls[0].id(), acme("alice"));
        assertThat(left.state()).isEqualTo(CallState.COMPLETED);
        assertThat(left.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.LEFT);
    }

    @Test
    void acceptWithLeaveCurrentWhenTheNewCallCannotBeAnsweredThenTheCurrentCallIsKept() {
        Call[] calls = bobInAliceCallAndAskedByCarol();
        f.calls.cancel(calls[1].id(), acme("carol"));

        assertThatThrownBy(() -> f.calls.accept(calls[1].id(), acme("bob"), true))
                .isInstanceOf(InvalidTransitionException.class);

        Call current = f.calls.get(calls[0].id(), acme("bob"));
        assertThat(current.state()).isEqualTo(CallState.ACTIVE);
        assertThat(current.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.JOINED);
    }

    @Test
    void acceptWhenRungByTwoCallersThenTheOtherCallerHearsBusy() {
        Call fromAlice = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        Call fromCarol = f.calls.start(acme("carol"), List.of("bob"), MediaType.VIDEO);

        f.calls.accept(fromAlice.id(), acme("bob"));

        Call other = f.calls.get(fromCarol.id(), acme("carol"));
        assertThat(other.state()).isEqualTo(CallState.MISSED);
        assertThat(other.endReason()).isEqualTo(EndReason.BUSY);
        assertThat(f.calls.ringState(fromCarol.id(), acme("bob")).ring()).isFalse();
    }

    @Test
    void startWhenRepeatedToTheSamePeopleThenTheSameCall() {
        Call first = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO);

        Call again = f.calls.start(acme("alice"), List.of("carol", "bob"), MediaType.AUDIO);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(f.calls.activeCalls(acme("alice"))).hasSize(1);
    }

    @Test
    void startWhenTheCallerIsInAnotherCallThenAlreadyInCall() {
        Call first = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(first.id(), acme("bob"));

        assertRefused(() -> f.calls.start(acme("alice"), List.of("carol"), MediaType.AUDIO), ErrorCode.ALREADY_IN_CALL);
    }

    @Test
    void twoNodesWhenTwoUsersCallEachOtherAtTheSameInstantThenOneCall() throws Exception {
        try (Calls other = f.otherNode(new ManualScheduler(f.clock), b -> b)) {
            for (int round = 0; round < 40; round++) {
                String a = "a" + round;
                String b = "b" + round;
                f.users.add(EngineFixture.ACME, a, "A " + round).add(EngineFixture.ACME, b, "B " + round);
                f.online(a, b);
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Call> fromA = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return f.calls.start(acme(a), List.of(b), MediaType.AUDIO);
                });
                CompletableFuture<Call> fromB = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return other.start(acme(b), List.of(a), MediaType.AUDIO);
                });
                Call one = fromA.get(10, TimeUnit.SECONDS);
                Call two = fromB.get(10, TimeUnit.SECONDS);

                assertThat(two.id()).as("round %d", round).isEqualTo(one.id());
                List<Call> live = new ArrayList<>(f.calls.activeCalls(acme(a)));
                assertThat(live).as("round %d", round).hasSize(1);
                assertThat(f.calls.get(one.id(), acme(a)).state()).as("round %d", round).isEqualTo(CallState.ACTIVE);
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
