package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The engine model with push cancellations checked as {@link dev.calls.spi.PushNotifier} promises them, on the
 * seed that found them broken: engine n1 pushes alice an invitation (she has no stream on n1); later she opens
 * a stream on n0, and n0 commits the cancellation of the call; n0 sends no push cancellation because alice is
 * connected to n0 at that moment, so the pushed ringing is never cancelled. The dispatcher decides a
 * cancellation by the committing engine's connections at the end, not by whether an invitation was pushed.
 * The same happens on a single engine when the user connects between the invitation and the end.
 */
class PushCancellationModelTest {
    private static final long SEED = -2457707847955243823L;

    @Test
    void pushedInvitationWhenUserConnectsBeforeRingingEndsThenCancelled() {
        String summary = new EngineModelCheck(new InMemoryModelStores(), 1, 60).strictPush().runSeed(SEED);

        assertThat(summary).contains("1 sequences");
    }
}
