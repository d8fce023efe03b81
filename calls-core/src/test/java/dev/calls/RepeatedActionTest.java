package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.testing.EngineFixture;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every action repeated by the same user returns the call and adds no event. */
class RepeatedActionTest {
    private final EngineFixture f = new EngineFixture().online("alice", "bob", "carol");

    @AfterEach
    void close() {
        f.close();
    }

    private BiFunction<Call, UserRef, Call> action(String name) {
        return switch (name) {
            case "acknowledge" -> (c, u) -> f.calls.acknowledge(c.id(), u);
            case "accept" -> (c, u) -> f.calls.accept(c.id(), u);
            case "decline" -> (c, u) -> f.calls.decline(c.id(), u);
            case "cancel" -> (c, u) -> f.calls.cancel(c.id(), u);
            case "leave" -> (c, u) -> f.calls.leave(c.id(), u);
            case "end" -> (c, u) -> f.calls.end(c.id(), u);
            case "media" -> (c, u) -> f.calls.updateMedia(c.id(), u, new MediaUpdate(true, true, "good"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{1} by {2} twice on a {0} call")
    @CsvSource(delimiter = '|', textBlock = """
            ringing | acknowledge | bob
            ringing | accept      | bob
            ringing | decline     | bob
            ringing | cancel      | alice
            ringing | leave       | alice
            ringing | leave       | bob
            ringing | end         | alice
            ringing | end         | bob
            ringing | media       | alice
            active  | leave       | alice
            active  | leave       | bob
            active  | end         | alice
            active  | end         | bob
            active  | decline     | bob
            active  | media       | bob
            group   | decline     | bob
            group   | leave       | bob
            group   | end         | carol
            group   | accept      | carol
            """)
    void actionWhenRepeatedBySameUserThenReturnsTheCallAndNoNewEvent(String situation, String name, String actor) {
        Call call = switch (situation) {
            case "ringing" -> f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            case "active" -> f.calls.accept(f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO).id(),
                    acme("bob"));
            default -> f.calls.start(acme("alice"), List.of("bob", "carol"), MediaType.VIDEO);
        };
        Call first = action(name).apply(call, acme(actor));
        long events = f.calls.events().lastSequence();

        Call second = action(name).apply(call, acme(actor));

        assertThat(first.version()).isEqualTo(call.version() + 1);
        assertThat(second).isEqualTo(first);
        assertThat(f.calls.events().lastSequence()).isEqualTo(events);
    }
}
