package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.history.Direction;
import dev.calls.history.HistoryEntry;
import dev.calls.history.HistoryPage;
import dev.calls.history.Outcome;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final EngineFixture f = new EngineFixture(b -> b.startsPerMinute(1000))
            .online("alice", "bob", "carol", "dave");
    private final Calls calls = f.calls;

    @AfterEach
    void close() {
        f.close();
    }

    private HistoryEntry latest(String user) {
        return calls.history(acme(user), false, null, null, 1).items().get(0);
    }

    private void assertRow(String user, Direction direction, Outcome outcome, long seconds, String... counterparts) {
        HistoryEntry row = latest(user);
        assertThat(row.direction()).isEqualTo(direction);
        assertThat(row.outcome()).isEqualTo(outcome);
        assertThat(row.duration()).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(row.counterparts()).containsExactly(counterparts);
    }

    @Test
    void historyWhenAnsweredThenBothSidesAnsweredWithTheTalkTime() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.advance(Duration.ofSeconds(7));
        calls.accept(call.id(), acme("bob"));
        f.advance(Duration.ofSeconds(332));
        calls.leave(call.id(), acme("bob"));

        assertRow("alice", Direction.OUTGOING, Outcome.ANSWERED, 332, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.ANSWERED, 332, "alice");
    }

    @Test
    void historyWhileRingingOrActiveThenOngoing() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        assertRow("bob", Direction.INCOMING, Outcome.ONGOING, 0, "alice");
        calls.accept(call.id(), acme("bob"));
        f.advance(Duration.ofSeconds(10));

        assertRow("alice", Direction.OUTGOING, Outcome.ONGOING, 10, "bob");
    }

    @Test
    void historyWhenNobodyAnsweredThenNoAnswerForTheCallerAndMissedForTheCallee() {
        calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.advance(Duration.ofSeconds(30));

        assertRow("alice", Direction.OUTGOING, Outcome.NO_ANSWER, 0, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.MISSED, 0, "alice");
    }

    @Test
    void historyWhenDeclinedThenRejectedForTheCallerAndDeclinedForTheCallee() {
        calls.decline(calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO).id(), acme("bob"));

        assertRow("alice", Direction.OUTGOING, Outcome.DECLINED, 0, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.DECLINED, 0, "alice");
    }

    @Test
    void historyWhenCancelledThenCancelledForTheCallerAndMissedForTheCallee() {
        calls.cancel(calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO).id(), acme("alice"));

        assertRow("alice", Direction.OUTGOING, Outcome.CANCELLED, 0, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.MISSED, 0, "alice");
    }

    @Test
    void historyWhenTheCalleeWasBusyThenBusyForTheCallerAndMissedForTheCallee() {
        calls.accept(calls.start(acme("carol"), List.of("bob"), MediaType.AUDIO).id(), acme("bob"));
        f.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO))
                .isInstanceOf(RefusedException.class);

        assertRow("alice", Direction.OUTGOING, Outcome.BUSY, 0, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.MISSED, 0, "alice");
    }

    @Test
    void historyWhenTheCalleeIsInDoNotDisturbThenNotTakingCallsForTheCallerAndMissedForTheCallee() {
        calls.presence().update(acme("bob"), new dev.calls.presence.PresenceUpdate(null, null, null, true));

        assertThatThrownBy(() -> calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_UNAVAILABLE));

        assertRow("alice", Direction.OUTGOING, Outcome.UNAVAILABLE, 0, "bob");
        assertRow("bob", Direction.INCOMING, Outcome.MISSED, 0, "alice");
        assertThat(latest("bob").call().endReason()).isEqualTo(EndReason.UNAVAILABLE);
        assertThat(calls.activeCalls(acme("alice"))).as("nothing left ringing or live").isEmpty();
    }

    @Test
    void historyOfAGroupCallThenCounterpartsWithTheCallerFirst() {
        Call call = calls.start(acme("carol"), List.of("alice", "bob", "dave"), MediaType.AUDIO);
        calls.accept(call.id(), acme("bob"));
        calls.decline(call.id(), acme("dave"));
        f.advance(Duration.ofSeconds(60));
        calls.end(call.id(), acme("carol"));

        assertRow("bob", Direction.INCOMING, Outcome.ANSWERED, 60, "carol", "alice", "dave");
        assertRow("carol", Direction.OUTGOING, Outcome.ANSWERED, 60, "alice", "bob", "dave");
        assertRow("alice", Direction.INCOMING, Outcome.MISSED, 0, "carol", "bob", "dave");
        assertRow("dave", Direction.INCOMING, Outcome.DECLINED, 0, "carol", "alice", "bob");
    }

    @Test
    void historyWhenPagedThenNewestFirstWithoutDuplicatesOrGapsAlsoAcrossEqualInstants() {
        List<Call> made = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            Call call = calls.start(acme(i % 2 == 0 ? "alice" : "bob"), List.of(i % 2 == 0 ? "bob" : "alice"),
                    MediaType.AUDIO);
            calls.cancel(call.id(), call.initiatorRef());
            made.add(call);
            if (i % 4 == 3) {
                f.advance(Duration.ofSeconds(1));
            }
        }
        calls.cancel(calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO).id(), acme("carol"));
        List<UUID> expected = made.stream()
                .sorted(Comparator.comparing(Call::createdAt).thenComparing(Call::id).reversed())
                .map(Call::id).toList();

        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        do {
            HistoryPage page = calls.history(acme("bob"), false, null, cursor, 6);
            page.items().forEach(e -> seen.add(e.call().id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).isEqualTo(expected);
        assertThat(new HashSet<>(seen)).hasSize(55);
    }

    @Test
    void historyWhenMissedOnlyOrSinceThenOnlyThoseCalls() {
        calls.accept(calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).id(), acme("bob"));
        calls.end(calls.activeCalls(acme("bob")).get(0).id(), acme("bob"));
        f.advance(Duration.ofSeconds(5));
        Instant since = f.clock.instant();
        Call missed = calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.advance(Duration.ofSeconds(30));
        calls.decline(calls.start(acme("carol"), List.of("bob"), MediaType.AUDIO).id(), acme("bob"));
        Call cancelled = calls.start(acme("dave"), List.of("bob"), MediaType.AUDIO);
        calls.cancel(cancelled.id(), acme("dave"));

        assertThat(calls.history(acme("bob"), true, null, null, 10).items()).extracting(e -> e.call().id())
                .containsExactly(cancelled.id(), missed.id());
        assertThat(calls.history(acme("bob"), false, since, null, 10).items()).hasSize(3);
        assertThat(calls.history(acme("bob"), true, f.clock.instant(), null, 10).items())
                .extracting(e -> e.call().id()).containsExactly(cancelled.id());
        assertThat(calls.history(acme("alice"), true, null, null, 10).items()).isEmpty();
    }

    @Test
    void historyWhenCursorOrLimitIsInvalidThenInvalidRequest() {
        for (String cursor : List.of("not-base64!", "bm8tdGlsZGU", "eH5ub3QtYS11dWlk")) {
            assertThatThrownBy(() -> calls.history(acme("bob"), false, null, cursor, 10))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }
        assertThatThrownBy(() -> calls.history(acme("bob"), false, null, null, 0)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> calls.history(acme("bob"), false, null, null, 201)).isInstanceOf(RefusedException.class);
    }

    @Test
    void historyThenOnlyTheUsersOwnCalls() {
        calls.start(acme("carol"), List.of("dave"), MediaType.AUDIO);

        assertThat(calls.history(acme("bob"), false, null, null, 10).items()).isEmpty();
        assertThat(calls.history(UserRef.of("globex", "dave"), false, null, null, 10).items()).isEmpty();
    }
}
