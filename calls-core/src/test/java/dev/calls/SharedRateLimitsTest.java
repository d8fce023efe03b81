package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.memory.InMemoryRateLimits;
import dev.calls.spi.RateLimits;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two nodes given one {@link RateLimits}: the start limit counts starts on both; each node alone counts its own. */
class SharedRateLimitsTest {

    @Test
    void startWhenTwoNodesShareTheCountersThenTheLimitHoldsAcrossThem() {
        RateLimits shared = new InMemoryRateLimits();
        try (EngineFixture f = new EngineFixture(b -> b.startsPerMinute(2).rateLimits(shared)).online("alice", "bob");
                Calls other = f.otherNode(new ManualScheduler(f.clock), b -> b.startsPerMinute(2).rateLimits(shared))) {
            f.calls.cancel(f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).id(), acme("alice"));
            other.cancel(other.start(acme("alice"), List.of("bob"), MediaType.AUDIO).id(), acme("alice"));

            assertThatThrownBy(() -> other.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
            assertThatThrownBy(() -> f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOf(RateLimitedException.class);
        }
    }

    @Test
    void startWhenEachNodeHasItsOwnCountersThenEachCountsAlone() {
        try (EngineFixture f = new EngineFixture(b -> b.startsPerMinute(1)).online("alice", "bob");
                Calls other = f.otherNode(new ManualScheduler(f.clock), b -> b.startsPerMinute(1))) {
            f.calls.cancel(f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO).id(), acme("alice"));

            assertThat(other.start(acme("alice"), List.of("bob"), MediaType.AUDIO).state()).isEqualTo(CallState.RINGING);
        }
    }

    @Test
    void ringAgainWhenTheSharedCounterWasTakenOnAnotherNodeThenRateLimited() {
        RateLimits shared = new InMemoryRateLimits();
        try (EngineFixture f = new EngineFixture(b -> b.rateLimits(shared)).online("alice", "bob", "carol")) {
            Call call = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.AUDIO);
            f.calls.accept(call.id(), acme("bob"));
            f.calls.decline(call.id(), acme("carol"));
            // another node took the ring-again permit a moment before this node's stored call shows it
            Duration ring = f.calls.config().ringTimeout();
            assertThat(shared.take("ring-again:" + key(call.id().toString(), "carol"), 1, ring, f.clock.instant()))
                    .isZero();

            assertThatThrownBy(() -> f.calls.ringAgain(call.id(), acme("alice"), "carol"))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(ring));
            f.advance(ring);
            assertThat(f.calls.ringAgain(call.id(), acme("alice"), "carol").participant("carol").orElseThrow()
                    .invitedAt()).isEqualTo(f.clock.instant());
        }
    }

    private static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part.length()).append('.').append(part).append(':');
        }
        return key.toString();
    }
}
