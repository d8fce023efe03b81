package dev.calls.event;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.MediaType;
import dev.calls.MediaUpdate;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.testing.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void writeThenReadWhenEveryEventTypeOfACallThenEqual() {
        try (EngineFixture f = new EngineFixture().online("alice", "bob")) {
            Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            f.calls.acknowledge(call.id(), acme("bob"));
            f.calls.accept(call.id(), acme("bob"));
            f.calls.updateMedia(call.id(), acme("bob"), new MediaUpdate(true, false, "good"));
            f.calls.end(call.id(), acme("alice"));
            f.calls.presence().update(acme("alice"), new PresenceUpdate(PresenceStatus.AWAY, "lunch", null, null));

            List<CallEvent> stored = f.calls.events().after(acme("alice"), 0, 100);
            assertThat(stored).hasSizeGreaterThan(5);
            for (CallEvent event : stored) {
                assertThat(EventJson.readEvent(EventJson.write(event))).isEqualTo(event);
            }
            Call ended = f.calls.get(call.id(), acme("alice"));
            assertThat(EventJson.readCall(EventJson.write(ended))).isEqualTo(ended);
        }
    }

    @Test
    void readWhenNotJsonThenIllegalArgument() {
        assertThatThrownBy(() -> EventJson.readEvent("{nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
