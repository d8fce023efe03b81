package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every terminal state has an end reason, and no action by anyone changes it again. */
class TerminalCallTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol");

    @AfterEach
    void close() {
        f.close();
    }

    enum Ending {
        HUNG_UP(CallState.COMPLETED, EndReason.HUNG_UP),
        NO_ANSWER(CallState.MISSED, EndReason.NO_ANSWER),
        DECLINED(CallState.DECLINED, EndReason.DECLINED),
        CANCELLED(CallState.CANCELLED, EndReason.CANCELLED_BY_CALLER),
        MAX_DURATION(CallState.COMPLETED, EndReason.MAX_DURATION),
        FAILED(CallState.FAILED, EndReason.FAILED);

        final CallState state;
        final EndReason reason;

        Ending(CallState state, EndReason reason) {
            this.state = state;
            this.reason = reason;
        }
    }

    private Call end(Ending ending) {
        Call call = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        switch (ending) {
            case HUNG_UP -> {
                f.calls.accept(call.id(), acme("bob"));
                f.calls.end(call.id(), acme("bob"));
            }
            case NO_ANSWER -> f.advance(Duration.ofSeconds(30));
            case DECLINED -> {
                f.calls.decline(call.id(), acme("bob"));
                f.calls.decline(call.id(), acme("carol"));
            }
            case CANCELLED -> f.calls.cancel(call.id(), acme("alice"));
            case MAX_DURATION -> {
                f.calls.accept(call.id(), acme("bob"));
                f.advance(Duration.ofHours(8));
            }
            case FAILED -> f.calls.fail(call.id(), acme("alice"));
        }
        return f.calls.get(call.id(), acme("alice"));
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void anyActionByAnyoneOnATerminalCallThenNothingChanges(Ending ending) {
        Call ended = end(ending);
        assertThat(ended.state()).isEqualTo(ending.state);
        assertThat(ended.endReason()).isEqualTo(ending.reason);
        assertThat(ended.endedAt()).isEqualTo(f.clock.instant());
        assertThat(ended.deadline()).isNull();
        long events = eventsOf(ended);
        List<Function<UserRef, Call>> actions = List.of(
                u -> f.calls.acknowledge(ended.id(), u),
                u -> f.calls.accept(ended.id(), u),
                u -> f.calls.decline(ended.id(), u),
                u -> f.calls.cancel(ended.id(), u),
                u -> f.calls.leave(ended.id(), u),
                u -> f.calls.end(ended.id(), u),
                u -> f.calls.updateMedia(ended.id(), u, new MediaUpdate(true, true, null)),
                u -> f.calls.ringAgain(ended.id(), u, "carol"),
                u -> f.calls.ringAgain(ended.id(), u, "bob"));

        for (String user : List.of("alice", "bob", "carol")) {
            for (Function<UserRef, Call> action : actions) {
                Throwable thrown = catchThrowable(() -> action.apply(acme(user)));
                if (thrown != null) {
                    assertThat(thrown).isInstanceOfSatisfying(InvalidTransitionException.class,
                            e -> assertThat(e.state()).isEqualTo(ending.state));
                }
            }
        }
        f.advance(Duration.ofHours(9));
        assertThat(f.calls.sweep()).isZero();

        assertThat(f.calls.get(ended.id(), acme("alice"))).isEqualTo(ended);
        assertThat(eventsOf(ended)).isEqualTo(events);
        assertThat(f.scheduler.pendingOneOff()).isZero();
        assertThat(f.calls.activeCalls(acme("bob"))).isEmpty();
        assertThat(catchThrowable(() -> f.calls.join(ended.id(), acme("bob"))))
                .isInstanceOf(InvalidTransitionException.class);
    }

    private long eventsOf(Call call) {
        return f.store.eventsAfter(0, 10_000).stream().filter(e -> call.id().equals(e.callId())).count();
    }
}
