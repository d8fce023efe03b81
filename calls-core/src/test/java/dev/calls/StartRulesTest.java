package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.event.EventType;
import dev.calls.history.Direction;
import dev.calls.history.HistoryEntry;
import dev.calls.history.Outcome;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may ring whom: tenants, the host's policy, the callee's presence, glare, rate limits, input. */
class StartRulesTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    private static void assertRefused(ThrowingCallable start, ErrorCode code) {
        assertThatThrownBy(start).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private int storedCalls() {
        return (int) f.store.eventsAfter(0, 10_000).stream()
                .filter(e -> e.type() == EventType.CALL_RINGING || e.type() == EventType.CALL_MISSED).count();
    }

    @Test
    void startWhenRecipientIsInAnotherTenantThenNotFoundAndNoCall() {
        assertRefused(() -> calls.start(acme("alice"), List.of("gina"), MediaType.VIDEO), ErrorCode.NOT_FOUND);
        assertRefused(() -> calls.start(acme("alice"), List.of("bob", "gina"), MediaType.VIDEO), ErrorCode.NOT_FOUND);
        assertRefused(() -> calls.start(acme("alice"), List.of("nobody"), MediaType.VIDEO), ErrorCode.NOT_FOUND);

        assertThat(storedCalls()).isZero();
        assertThat(calls.activeCalls(acme("bob"))).isEmpty();
    }

    @Test
    void startWhenThePolicyRefusesThenNotPermittedAndNoCall() {
        try (EngineFixture p = new EngineFixture(b -> b.callPolicy((caller, callee, type) ->
                !callee.userId().equals("carol") && type == MediaType.AUDIO)).online("alice", "bob", "carol")) {
            assertRefused(() -> p.calls.start(acme("alice"), List.of("carol"), MediaType.AUDIO),
                    ErrorCode.NOT_PERMITTED);
            assertRefused(() -> p.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO),
                    ErrorCode.NOT_PERMITTED);
            assertRefused(() -> p.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO),
                    ErrorCode.NOT_PERMITTED);

            assertThat(p.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).state())
                    .isEqualTo(CallState.RINGING);
            assertThat(p.calls.activeCalls(acme("carol"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            never seen            | recipient_offline
            status offline        | recipient_offline
            presence timed out    | recipient_offline
            status busy           | recipient_unavailable
            do not disturb        | recipient_unavailable
            not available         | recipient_unavailable
            in another call       | recipient_busy
            status away           | ringing
            """)
    void startWhenTheCalleeIsInThisStateThenRefusedOrRung(String callee, String expected) {
        UserRef dave = acme("dave");
        switch (callee) {
            case "never seen" -> { }
            case "status offline" -> calls.presence().update(dave, new PresenceUpdate(PresenceStatus.OFFLINE, null, null, null));
            case "presence timed out" -> {
                calls.presence().heartbeat(dave);
                f.advance(Duration.ofMinutes(5));
                f.online("alice");
            }
            case "status busy" -> calls.presence().update(dave, new PresenceUpdate(PresenceStatus.BUSY, null, null, null));
            case "do not disturb" -> calls.presence().update(dave, new PresenceUpdate(null, null, null, true));
            case "not available" -> calls.presence().update(dave, new PresenceUpdate(null, null, false, null));
            case "in another call" -> {
                f.online("dave");
                calls.accept(calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO).id(), dave);
            }
            case "status away" -> calls.presence().update(dave, new PresenceUpdate(PresenceStatus.AWAY, "brb", null, null));
            default -> throw new IllegalArgumentException(callee);
        }

        if (expected.equals("ringing")) {
            assertThat(calls.start(acme("alice"), List.of("dave"), MediaType.VIDEO).state()).isEqualTo(CallState.RINGING);
        } else {
            assertThatThrownBy(() -> calls.start(acme("alice"), List.of("dave"), MediaType.VIDEO))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.code().code()).isEqualTo(expected);
                        assertThat(e.getMessage()).contains("Dave Diaz");
                    });
            assertThat(calls.activeCalls(dave)).noneMatch(c -> c.isInitiator("alice"));
        }
    }

    @Test
    void startWhenTheCalleeIsBusyThenRecordedAsMissedWithReasonBusyInBothHistories() {
        Call talking = calls.start(acme("bob"), List.of("carol"), MediaType.AUDIO);
        calls.accept(talking.id(), acme("carol"));

        assertRefused(() -> calls.start(acme("alice"), List.of("carol"), MediaType.VIDEO), ErrorCode.RECIPIENT_BUSY);

        HistoryEntry alices = calls.history(acme("alice"), false, null, null, 10).items().get(0);
        assertThat(alices.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(alices.outcome()).isEqualTo(Outcome.BUSY);
        Call busy = alices.call();
        assertThat(busy.state()).isEqualTo(CallState.MISSED);
        assertThat(busy.endReason()).isEqualTo(EndReason.BUSY);
        assertThat(busy.participants()).noneMatch(p -> p.state() == ParticipantState.JOINED);
        HistoryEntry carols = calls.history(acme("carol"), true, null, null, 10).items().get(0);
        assertThat(carols.call()).isEqualTo(busy);
        assertThat(carols.direction()).isEqualTo(Direction.INCOMING);
        assertThat(carols.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(calls.events().after(acme("carol"), 0, 100)).filteredOn(e -> busy.id().equals(e.callId()))
                .extracting(e -> e.type()).containsExactly(EventType.CALL_MISSED);
        assertThat(calls.activeCalls(acme("alice"))).isEmpty();
        assertThat(calls.presence().get(acme("alice")).inCall()).isFalse();
    }

    @Test
    void startWhenTheCalleeIsRingingTheCallerThenThatCallIsAnsweredAndReturned() {
        Call first = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);

        Call second = calls.start(acme("bob"), List.of("alice"), MediaType.VIDEO);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.state()).isEqualTo(CallState.ACTIVE);
        assertThat(calls.get(first.id(), acme("alice")).state()).isEqualTo(CallState.ACTIVE);
        assertThat(calls.activeCalls(acme("alice"))).containsExactly(second);
        assertThat(calls.activeCalls(acme("bob"))).containsExactly(second);
        assertThat(calls.events().after(acme("alice"), 0, 100)).filteredOn(e -> e.callId() != null)
                .extracting(e -> e.type() + " by " + e.actor())
                .containsExactly("CALL_RINGING by alice", "CALL_ACCEPTED by bob");
    }

    @Test
    void startWhenTooManyInAMinuteThenRateLimitedUntilTheBucketRefills() {
        try (EngineFixture r = new EngineFixture(b -> b.startsPerMinute(3)).online("alice", "bob", "carol")) {
            for (int i = 0; i < 3; i++) {
                r.calls.cancel(r.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).id(), acme("alice"));
            }

            assertThatThrownBy(() -> r.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20));
                    });
            assertThat(r.calls.start(acme("carol"), List.of("bob"), MediaType.AUDIO).state()).isEqualTo(CallState.RINGING);

            r.advance(Duration.ofSeconds(19));
            assertThatThrownBy(() -> r.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
            r.advance(Duration.ofSeconds(1));
            assertThat(r.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).state()).isEqualTo(CallState.RINGING);
        }
    }

    @Test
    void startWhenInputIsInvalidThenInvalidRequest() {
        assertRefused(() -> calls.start(acme("alice"), List.of(), MediaType.VIDEO), ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), null, MediaType.VIDEO), ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), List.of("bob"), null), ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), List.of("alice"), MediaType.VIDEO), ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), List.of(" "), MediaType.VIDEO), ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), Collections.singletonList(null), MediaType.VIDEO),
                ErrorCode.INVALID_REQUEST);
        assertRefused(() -> calls.start(acme("alice"), List.of("x".repeat(256)), MediaType.VIDEO),
                ErrorCode.INVALID_REQUEST);

        assertThat(storedCalls()).isZero();
    }

    @Test
    void startWhenARecipientIdHasSurroundingSpacesThenInvalidRequestAndNoCall() {
        int before = storedCalls();

        assertRefused(() -> calls.start(acme("alice"), List.of("bob "), MediaType.AUDIO), ErrorCode.INVALID_REQUEST);

        assertThat(storedCalls()).isEqualTo(before);
    }
}
