package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.contract.Race;
import dev.calls.presence.PresenceService;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streams opening and heartbeats arriving while the write-behind flush forgets users who went offline. */
class PresenceRaceTest {
    private static final int USERS = 400;

    @Test
    void connectWhileTheFlushForgetsOfflineUsersThenEveryOpenStreamKeepsItsUserOnline() {
        try (EngineFixture f = new EngineFixture()) {
            for (int round = 0; round < 30; round++) {
                for (int i = 0; i < USERS; i++) {
                    f.calls.presence().heartbeat(acme("u" + i));
                }
                f.clock.advance(Duration.ofMinutes(5));

                List<List<PresenceService.Connection>> opened = Race.run(5, t -> {
                    if (t == 4) {
                        f.advance(Duration.ofSeconds(2));
                        return List.of();
                    }
                    List<PresenceService.Connection> mine = new ArrayList<>();
                    for (int i = t; i < USERS; i += 4) {
                        mine.add(f.calls.presence().connect(acme("u" + i)));
                    }
                    return mine;
                });
                f.advance(Duration.ofMinutes(6));

                for (int i = 0; i < USERS; i++) {
                    assertThat(f.calls.presence().isConnected(acme("u" + i))).as("round %d, u%d", round, i).isTrue();
                    assertThat(f.calls.presence().get(acme("u" + i)).online()).as("round %d, u%d", round, i).isTrue();
                }
                opened.forEach(list -> list.forEach(PresenceService.Connection::close));
                f.advance(Duration.ofMinutes(6));
                assertThat(f.calls.presence().get(acme("u0")).online()).isFalse();
            }
        }
    }
}
