package dev.calls.memory;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.MediaType;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live look-ups come from an index kept with every write, not from a scan: they must agree with the calls. */
class InMemoryCallStoreLiveIndexTest {
    private final InMemoryCallStore store = new InMemoryCallStore();

    @Test
    void findLiveWhenCallsStartAndEndThenOnlyRingingAndActiveOldestFirst() {
        try (EngineFixture f = new EngineFixture(b -> b.callStore(store)).online("alice", "bob", "carol", "dave")) {
            Call ended = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            f.calls.cancel(ended.id(), acme("alice"));
            Call first = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            f.advance(Duration.ofSeconds(1));
            Call second = f.calls.start(acme("carol"), List.of("bob", "dave"), MediaType.AUDIO);
            f.calls.accept(first.id(), acme("bob"));

            assertThat(store.findLive("acme", "bob")).extracting(Call::id).containsExactly(first.id(), second.id());
            assertThat(store.findLive("acme", "dave")).extracting(Call::id).containsExactly(second.id());
            assertThat(store.findLive("globex", "bob")).isEmpty();

            f.calls.end(first.id(), acme("bob"));

            assertThat(store.findLive("acme", "alice")).isEmpty();
            assertThat(store.findLive("acme", "bob")).extracting(Call::id).containsExactly(second.id());
        }
    }

    @Test
    void findDueThenOnlyLiveCallsPastTheirDeadline() {
        try (EngineFixture f = new EngineFixture(b -> b.callStore(store)).online("alice", "bob", "carol")) {
            Call ringing = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            Call cancelled = f.calls.start(acme("carol"), List.of("bob"), MediaType.VIDEO);
            f.calls.cancel(cancelled.id(), acme("carol"));

            assertThat(store.findDue(f.clock.instant(), 10)).isEmpty();
            assertThat(store.findDue(f.clock.instant().plusSeconds(31), 10)).extracting(Call::id)
                    .containsExactly(ringing.id());
        }
    }
}
