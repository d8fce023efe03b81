package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.spi.CallPolicy;
import dev.calls.testing.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the busy policy {@code wait}, a user in a call is rung quietly, and can end the current call to answer. */
class CallWaitingTest {

    private static Call[] bobTalkingToAliceWhileCarolCalls(EngineFixture f) {
        Call current = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(current.id(), acme("bob"));
        Call waiting = f.calls.start(acme("carol"), List.of("bob"), MediaType.VIDEO);
        return new Call[] {current, waiting};
    }

    @Test
    void startWhenTheCalleeIsInACallAndThePolicyIsWaitThenTheyAreRung() {
        try (EngineFixture f = new EngineFixture(b -> b.busyPolicy(BusyPolicy.WAIT)).online("alice", "bob", "carol")) {
            Call[] calls = bobTalkingToAliceWhileCarolCalls(f);

            assertThat(calls[1].state()).isEqualTo(CallState.RINGING);
            assertThat(f.calls.ringState(calls[1].id(), acme("bob")).ring()).isTrue();
            assertThatThrownBy(() -> f.calls.accept(calls[1].id(), acme("bob")))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_IN_CALL));

            Call answered = f.calls.accept(calls[1].id(), acme("bob"), true);

            assertThat(answered.state()).isEqualTo(CallState.ACTIVE);
            assertThat(f.calls.get(calls[0].id(), acme("alice")).state()).isEqualTo(CallState.COMPLETED);
        }
    }

    @Test
    void startWhenTheCalleeIsInACallUnderTheDefaultPolicyThenBusy() {
        try (EngineFixture f = new EngineFixture().online("alice", "bob", "carol")) {
            Call current = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
            f.calls.accept(current.id(), acme("bob"));

            assertThatThrownBy(() -> f.calls.start(acme("carol"), List.of("bob"), MediaType.VIDEO))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_BUSY));
        }
    }

    @Test
    void startWhenATenantsOwnPolicyIsWaitThenItsBusyUsersAreRung() {
        CallPolicy acmeWaits = new CallPolicy() {
            @Override
            public boolean mayCall(UserProfile caller, UserProfile callee, MediaType type) {
                return true;
            }

            @Override
            public BusyPolicy busyPolicy(String tenant, BusyPolicy configured) {
                return EngineFixture.ACME.equals(tenant) ? BusyPolicy.WAIT : configured;
            }
        };
        try (EngineFixture f = new EngineFixture(b -> b.callPolicy(acmeWaits)).online("alice", "bob", "carol")) {
            Call[] calls = bobTalkingToAliceWhileCarolCalls(f);

            assertThat(calls[1].participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.INVITED);
        }
    }

    @Test
    void startWhenTheBusyCalleeTurnedOnDoNotDisturbThenUnavailableEvenWhenWaiting() {
        try (EngineFixture f = new EngineFixture(b -> b.busyPolicy(BusyPolicy.WAIT)).online("alice", "bob", "carol")) {
            Call current = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
            f.calls.accept(current.id(), acme("bob"));
            f.calls.presence().update(acme("bob"), new dev.calls.presence.PresenceUpdate(null, null, null, true));

            assertThatThrownBy(() -> f.calls.start(acme("carol"), List.of("bob"), MediaType.VIDEO))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_UNAVAILABLE));
        }
    }
}
