package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Should this device still ring?" for a phone woken by a push message. */
class RingStateTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol");

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "{0}: {1} sees {2}")
    @CsvSource(delimiter = '|', textBlock = """
            just started          | bob   | ringing            | true  | RINGING
            acknowledged          | bob   | ringing            | true  | RINGING
            answered              | bob   | answered_elsewhere | false | ACTIVE
            answered by bob       | carol | ringing            | true  | ACTIVE
            answered and over     | bob   | answered_elsewhere | false | COMPLETED
            rang out              | bob   | missed             | false | MISSED
            cancelled             | bob   | cancelled          | false | CANCELLED
            declined by bob       | bob   | declined           | false | RINGING
            just started          | alice | answered_elsewhere | false | RINGING
            cancelled             | alice | ended              | false | CANCELLED
            """)
    void ringStateThenWhetherThisDeviceShouldStillRing(String situation, String user, String status, boolean ring,
            CallState state) {
        Call call = f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        switch (situation) {
            case "acknowledged" -> f.calls.acknowledge(call.id(), acme("bob"));
            case "answered", "answered by bob" -> f.calls.accept(call.id(), acme("bob"));
            case "answered and over" -> {
                f.calls.accept(call.id(), acme("bob"));
                f.calls.end(call.id(), acme("bob"));
            }
            case "rang out" -> f.advance(Duration.ofSeconds(30));
            case "cancelled" -> f.calls.cancel(call.id(), acme("alice"));
            case "declined by bob" -> f.calls.decline(call.id(), acme("bob"));
            default -> { }
        }

        RingState answer = f.calls.ringState(call.id(), acme(user));

        assertThat(answer).isEqualTo(new RingState(call.id(), ring, status, state));
    }

    @ParameterizedTest
    @CsvSource({"acme,dave", "globex,gina"})
    void ringStateWhenTheUserTakesNoPartThenNotFound(String tenant, String user) {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);

        assertThatThrownBy(() -> f.calls.ringState(call.id(), UserRef.of(tenant, user)))
                .isInstanceOf(NotFoundException.class);
    }
}
