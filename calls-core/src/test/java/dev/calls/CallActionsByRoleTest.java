package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.testing.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every user action, taken by the initiator, an invitee, another participant of a group call, an outsider
 * of the same tenant (erin) and a user of another tenant (gina), on ringing and active 1:1 and group calls.
 * Expected: the state and the one new event, {@code same} (an idempotent repeat: no event), or the refusal.
 */
class CallActionsByRoleTest {
    private EngineFixture f;

    @BeforeEach
    void open() {
        f = new EngineFixture().online("alice", "bob", "carol", "dave");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Call situation(String name) {
        return switch (name) {
            case "1:1-ringing" -> f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
            case "1:1-active" -> accepted(f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO));
            case "group-ringing" -> f.calls.start(acme("alice"), List.of("bob", "carol", "dave"), MediaType.AUDIO);
            case "group-active" -> accepted(f.calls.start(acme("alice"), List.of("bob", "carol", "dave"),
                    MediaType.AUDIO));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Call accepted(Call call) {
        return f.calls.accept(call.id(), acme("bob"));
    }

    private Call act(Call call, String action, UserRef actor) {
        return switch (action) {
            case "acknowledge" -> f.calls.acknowledge(call.id(), actor);
            case "accept" -> f.calls.accept(call.id(), actor);
            case "decline" -> f.calls.decline(call.id(), actor);
            case "cancel" -> f.calls.cancel(call.id(), actor);
            case "leave" -> f.calls.leave(call.id(), actor);
            case "end" -> f.calls.end(call.id(), actor);
            case "media" -> f.calls.updateMedia(call.id(), actor, new MediaUpdate(true, false, "good"));
            case "ring-dave" -> f.calls.ringAgain(call.id(), actor, "dave");
            case "ring-bob" -> f.calls.ringAgain(call.id(), actor, "bob");
            case "get" -> f.calls.get(call.id(), actor);
            case "join" -> {
                f.calls.join(call.id(), actor);
                yield f.calls.get(call.id(), acme("alice"));
            }
            default -> throw new IllegalArgumentException(action);
        };
    }

    @ParameterizedTest(name = "{1} by {2} on {0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1:1-ringing   | acknowledge | bob   | RINGING call.acknowledged
            1:1-ringing   | acknowledge | alice | forbidden
            1:1-ringing   | acknowledge | erin  | not_found
            1:1-ringing   | acknowledge | gina  | not_found
            1:1-ringing   | accept      | bob   | ACTIVE call.accepted
            1:1-ringing   | accept      | alice | forbidden
            1:1-ringing   | accept      | erin  | not_found
            1:1-ringing   | accept      | gina  | not_found
            1:1-ringing   | decline     | bob   | DECLINED call.declined
            1:1-ringing   | decline     | alice | forbidden
            1:1-ringing   | decline     | erin  | not_found
            1:1-ringing   | decline     | gina  | not_found
            1:1-ringing   | cancel      | alice | CANCELLED call.cancelled
            1:1-ringing   | cancel      | bob   | forbidden
            1:1-ringing   | cancel      | erin  | not_found
            1:1-ringing   | cancel      | gina  | not_found
            1:1-ringing   | leave       | alice | CANCELLED call.cancelled
            1:1-ringing   | leave       | bob   | DECLINED call.declined
            1:1-ringing   | leave       | erin  | not_found
            1:1-ringing   | end         | alice | CANCELLED call.cancelled
            1:1-ringing   | end         | bob   | DECLINED call.declined
            1:1-ringing   | end         | gina  | not_found
            1:1-ringing   | media       | alice | RINGING participant.media
            1:1-ringing   | media       | bob   | invalid_transition
            1:1-ringing   | media       | erin  | not_found
            1:1-ringing   | ring-bob    | alice | RINGING call.ringing
            1:1-ringing   | ring-bob    | bob   | forbidden
            1:1-ringing   | ring-bob    | gina  | not_found
            1:1-ringing   | get         | bob   | same
            1:1-ringing   | get         | erin  | not_found
            1:1-ringing   | get         | gina  | not_found
            1:1-ringing   | join        | erin  | not_found
            1:1-ringing   | join        | alice | same
            1:1-ringing   | join        | bob   | invalid_transition
            1:1-active    | acknowledge | bob   | same
            1:1-active    | acknowledge | alice | forbidden
            1:1-active    | accept      | bob   | same
            1:1-active    | accept      | alice | forbidden
            1:1-active    | accept      | erin  | not_found
            1:1-active    | decline     | bob   | COMPLETED call.ended
            1:1-active    | decline     | alice | forbidden
            1:1-active    | cancel      | alice | invalid_transition
            1:1-active    | cancel      | bob   | invalid_transition
            1:1-active    | cancel      | gina  | not_found
            1:1-active    | leave       | alice | COMPLETED call.ended
            1:1-active    | leave       | bob   | COMPLETED call.ended
            1:1-active    | leave       | erin  | not_found
            1:1-active    | end         | alice | COMPLETED call.ended
            1:1-active    | end         | bob   | COMPLETED call.ended
            1:1-active    | end         | erin  | not_found
            1:1-active    | end         | gina  | not_found
            1:1-active    | media       | bob   | ACTIVE participant.media
            1:1-active    | media       | gina  | not_found
            1:1-active    | ring-bob    | alice | invalid_request
            1:1-active    | join        | bob   | same
            group-active  | join        | dave  | invalid_transition
            group-ringing | acknowledge | carol | RINGING call.acknowledged
            group-ringing | accept      | carol | ACTIVE call.accepted
            group-ringing | decline     | carol | RINGING call.declined
            group-ringing | cancel      | carol | forbidden
            group-ringing | cancel      | alice | CANCELLED call.cancelled
            group-ringing | cancel      | erin  | not_found
            group-ringing | leave       | carol | RINGING call.declined
            group-ringing | end         | carol | RINGING call.declined
            group-ringing | end         | alice | CANCELLED call.cancelled
            group-ringing | ring-dave   | alice | RINGING call.ringing
            group-ringing | ring-dave   | carol | forbidden
            group-ringing | ring-dave   | erin  | not_found
            group-active  | acknowledge | carol | ACTIVE call.acknowledged
            group-active  | accept      | carol | ACTIVE participant.joined
            group-active  | accept      | erin  | not_found
            group-active  | decline     | carol | ACTIVE call.declined
            group-active  | cancel      | alice | invalid_transition
            group-active  | cancel      | carol | invalid_transition
            group-active  | leave       | carol | ACTIVE call.declined
            group-active  | leave       | bob   | COMPLETED call.ended
            group-active  | end         | carol | ACTIVE call.declined
            group-active  | end         | bob   | COMPLETED call.ended
            group-active  | end         | gina  | not_found
            group-active  | media       | carol | invalid_transition
            group-active  | media       | alice | ACTIVE participant.media
            group-active  | ring-dave   | alice | ACTIVE call.ringing
            group-active  | ring-dave   | bob   | forbidden
            group-active  | ring-bob    | alice | invalid_request
            """)
    void actionByRoleThenExpectedStateAndEventOrRefusal(String situation, String action, String actor,
            String expected) {
        Call before = situation(situation);
        UserRef user = actor.equals("gina") ? UserRef.of(EngineFixture.GLOBEX, "gina") : acme(actor);
        long lastBefore = f.calls.events().lastSequence();

        Throwable thrown = catchThrowable(() -> act(before, action, user));
        Call stored = f.calls.get(before.id(), acme("alice"));
        List<CallEvent> newEvents = f.calls.events().after(acme("alice"), lastBefore, 50).stream()
                .filter(e -> e.call() != null).toList();

        if (expected.contains(" ")) {
            assertThat(thrown).isNull();
            String[] stateAndEvent = expected.split(" ");
            assertThat(stored.state()).isEqualTo(CallState.valueOf(stateAndEvent[0]));
            assertThat(newEvents).extracting(CallEvent::type)
                    .containsExactly(EventType.fromWire(stateAndEvent[1]));
            assertThat(newEvents.get(0).call()).isEqualTo(stored);
            assertThat(newEvents.get(0).actor()).isEqualTo(actor);
            assertThat(stored.version()).isEqualTo(before.version() + 1);
        } else if (expected.equals("same")) {
            assertThat(thrown).isNull();
            assertThat(stored).isEqualTo(before);
            assertThat(newEvents).isEmpty();
        } else {
            assertThat(thrown).isInstanceOf(CallsException.class);
            assertThat(((CallsException) thrown).code().code()).isEqualTo(expected);
            if (thrown instanceof InvalidTransitionException e) {
                assertThat(e.callId()).isEqualTo(before.id());
                assertThat(e.state()).isEqualTo(before.state());
                assertThat(e.getMessage()).contains(before.id().toString(), before.state().wire());
            }
            if (expected.equals("not_found")) {
                assertThat(thrown.getMessage()).doesNotContain(before.id().toString());
            }
            assertThat(stored).isEqualTo(before);
            assertThat(newEvents).isEmpty();
        }
    }
}
