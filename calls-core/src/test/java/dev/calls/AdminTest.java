package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.calls.admin.CallStats;
import dev.calls.admin.StatsBucket;
import dev.calls.admin.StatsQuery;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.history.Outcome;
import dev.calls.spi.AdminPolicy;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tenant administrator ends stuck calls, sees live calls and statistics; to anyone else none of it exists. */
class AdminTest {
    private static final AdminPolicy DAVE_ADMINISTERS_ACME =
            user -> user.tenant().equals(EngineFixture.ACME) && user.userId().equals("dave");

    private final EngineFixture f = new EngineFixture(b -> b.adminPolicy(DAVE_ADMINISTERS_ACME))
            .online("alice", "bob", "carol", "erin");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void endByAdminWhenActiveThenCompletedEndedByAdminAndEveryParticipantToldCallEnded() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.calls.accept(call.id(), acme("bob"));
        f.clock.advance(Duration.ofMinutes(3));

        Call ended = f.calls.admin().end(call.id(), acme("dave"));

        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ENDED_BY_ADMIN);
        assertThat(ended.durationSeconds()).isEqualTo(180);
        assertThat(f.calls.get(call.id(), acme("alice"))).isEqualTo(ended);
        f.drain();
        CallEvent last = f.listened.stream().filter(e -> call.id().equals(e.callId())).reduce((a, b) -> b).orElseThrow();
        assertThat(last.type()).isEqualTo(EventType.CALL_ENDED);
        assertThat(last.data()).containsEntry("reason", "ended_by_admin").containsEntry("by", "dave");
        assertThat(f.calls.history(acme("bob"), false, null, null, 10).items().get(0).call().endReason())
                .isEqualTo(EndReason.ENDED_BY_ADMIN);
    }

    @Test
    void endByAdminWhenRingingThenCancelledAndTheInviteeMissedIt() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

        Call ended = f.calls.admin().end(call.id(), acme("dave"));

        assertThat(ended.state()).isEqualTo(CallState.CANCELLED);
        assertThat(ended.endReason()).isEqualTo(EndReason.ENDED_BY_ADMIN);
        assertThat(ended.participant("bob").orElseThrow().state()).isEqualTo(ParticipantState.MISSED);
        assertThat(f.calls.ringState(call.id(), acme("bob")).ring()).isFalse();
        assertThat(f.calls.history(acme("alice"), false, null, null, 10).items().get(0).outcome())
                .isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void endByAdminTwiceThenTheEndedCallUnchanged() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        Call ended = f.calls.admin().end(call.id(), acme("dave"));
        f.clock.advance(Duration.ofSeconds(5));

        assertThat(f.calls.admin().end(call.id(), acme("dave"))).isEqualTo(ended);
    }

    @Test
    void adminRoutesWhenNotAnAdminOrAnotherTenantsCallThenNotFound() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        StatsQuery q = StatsQuery.of(null, null, null, f.clock.instant());

        assertThat(catchThrowable(() -> f.calls.admin().end(call.id(), acme("alice")))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> f.calls.admin().stats(acme("bob"), q))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> f.calls.admin().activeCalls(acme("carol")))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> f.calls.admin().eventsAfter(acme("bob"), 0, 10))).isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> f.calls.admin().end(UUID.randomUUID(), acme("dave"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);
    }

    @Test
    void adminOfAnotherTenantWhenEndingThenNotFoundAndTheCallGoesOn() {
        Calls other = f.calls;
        try (EngineFixture g = new EngineFixture(b -> b.adminPolicy(u -> true))) {
            g.online("alice", "bob");
            Call call = g.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);

            Throwable refused = catchThrowable(() -> g.calls.admin().end(call.id(), UserRef.of("globex", "gina")));

            assertThat(refused).isInstanceOf(NotFoundException.class);
            assertThat(g.calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.RINGING);
        }
        assertThat(other.admin().isAdmin(acme("alice"))).isFalse();
    }

    @Test
    void defaultPolicyWhenNoneGivenThenNobodyIsAdmin() {
        try (EngineFixture g = new EngineFixture()) {
            assertThat(g.calls.admin().isAdmin(acme("dave"))).isFalse();
            assertThat(catchThrowable(() -> g.calls.admin().activeCalls(acme("dave")))).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void activeCallsAndStatsWhenAdminThenTheTenantsCallsWhoeverTookPart() {
        Call first = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(first.id(), acme("bob"));
        f.clock.advance(Duration.ofSeconds(1));
        Call second = f.calls.start(acme("carol"), List.of("erin"), MediaType.VIDEO);

        List<Call> live = f.calls.admin().activeCalls(acme("dave"));
        long position = 0;
        List<CallEvent> events = f.calls.admin().eventsAfter(acme("dave"), position, 500);
        CallStats stats = f.calls.admin().stats(acme("dave"), new StatsQuery(f.clock.instant().minus(Duration.ofHours(1)),
                f.clock.instant().plusMillis(1), StatsBucket.HOUR, 10));

        assertThat(live).extracting(Call::id).containsExactly(first.id(), second.id());
        assertThat(events).extracting(CallEvent::callId).contains(first.id(), second.id());
        assertThat(stats.calls()).isEqualTo(2);
        assertThat(stats.answered()).isEqualTo(1);
        assertThat(stats.peakConcurrent()).isEqualTo(1);
    }

    @Test
    void statsQueryWhenFromNotBeforeToOrTooManyBucketsOrUnknownBucketThenInvalidRequest() {
        Instant now = f.clock.instant();

        assertThat(catchThrowable(() -> new StatsQuery(now, now, StatsBucket.DAY, 10)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("before");
        assertThat(catchThrowable(() -> new StatsQuery(now.minus(Duration.ofDays(42)), now, StatsBucket.HOUR, 10)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("1000");
        assertThat(catchThrowable(() -> StatsBucket.fromWire("week")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void statsQueryWithoutRangeThenTheLast30DaysUpToTheEndOfTodayAndThisMomentIncluded() {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");

        StatsQuery days = StatsQuery.of(null, null, null, now);
        StatsQuery hours = StatsQuery.of(null, null, StatsBucket.HOUR, now);

        assertThat(days.to()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
        assertThat(days.from()).isEqualTo(Instant.parse("2025-12-07T00:00:00Z"));
        assertThat(hours.to()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(hours.from()).isEqualTo(Instant.parse("2026-01-03T10:00:00Z"));
    }
}
