package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seed that once left a pushed ringing uncancelled: engine n1 pushed alice an invitation while she had no
 * stream there; she then opened a stream on n0, which committed the call's cancellation and, seeing her
 * connected, pushed no cancellation. Every ring and every stop is now pushed, connected or not.
 */
class PushCancellationModelTest {
    private static final long SEED = -2457707847955243823L;

    @Test
    void pushedInvitationWhenUserConnectsBeforeRingingEndsThenCancelled() {
        String summary = new EngineModelCheck(new InMemoryModelStores(), 1, 60).runSeed(SEED);

        assertThat(summary).contains("1 sequences");
    }
}
