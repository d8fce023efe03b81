package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.contract.Race;
import dev.calls.testing.EngineFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two users calling each other at the very same moment end up in one call. */
class GlareRaceTest {
    private static final int PAIRS = 300;

    @Test
    void startWhenBothSidesCallEachOtherAtOnceThenOneAnsweredCall() {
        try (EngineFixture f = new EngineFixture()) {
            for (int i = 0; i < PAIRS; i++) {
                f.users.add("acme", "a" + i, "A " + i).add("acme", "b" + i, "B " + i);
                f.online("a" + i, "b" + i);
            }

            List<List<Call>> results = Race.run(2, t -> {
                List<Call> started = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    String from = t == 0 ? "a" + i : "b" + i;
                    String to = t == 0 ? "b" + i : "a" + i;
                    started.add(f.calls.start(acme(from), List.of(to), MediaType.VIDEO));
                }
                return started;
            });

            for (int i = 0; i < PAIRS; i++) {
                List<Call> live = f.calls.activeCalls(acme("a" + i));
                assertThat(live).as("pair " + i).hasSize(1);
                assertThat(live.get(0).state()).isEqualTo(CallState.ACTIVE);
                assertThat(f.calls.activeCalls(acme("b" + i))).isEqualTo(live);
                assertThat(results.get(0).get(i).id()).isEqualTo(results.get(1).get(i).id());
            }
        }
    }
}
