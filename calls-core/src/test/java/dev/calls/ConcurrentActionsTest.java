package dev.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.contract.Race;
import dev.calls.event.CallEvent;
import dev.calls.history.HistoryEntry;
import dev.calls.history.Outcome;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallStore;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.Recorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many threads answering, refusing, hanging up and timing out the same calls at once, on one engine and on
 * two engines sharing their stores. Whatever the interleaving, each call ends in one terminal state with
 * one terminal event, its events tell its story in version order, and every history agrees with it.
 */
class ConcurrentActionsTest {
    private static final int CALLS = 300;

    private static String caller(int i) {
        return String.format("caller%03d", i);
    }

    private static String callee(int i) {
        return String.format("callee%03d", i);
    }

    private static List<Call> startCalls(EngineFixture f) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            f.users.add(EngineFixture.ACME, caller(i), "Caller " + i).add(EngineFixture.ACME, callee(i), "Callee " + i);
            f.online(caller(i), callee(i));
            calls.add(f.calls.start(EngineFixture.acme(caller(i)), List.of(callee(i)), MediaType.AUDIO));
        }
        return calls;
    }

    /** Runs {@code action(call, i)} over every call in a random order, ignoring refusals of a lost race. */
    private static Void everyCall(List<Call> calls, long seed, BiConsumer<Call, Integer> action) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        for (int i : order) {
            try {
                action.accept(calls.get(i), i);
            } catch (InvalidTransitionException lostRace) {
                // the call had already moved on: exactly what racing threads cause
            }
        }
        return null;
    }

    private static UserRef callerOf(int i) {
        return EngineFixture.acme(caller(i));
    }

    private static UserRef calleeOf(int i) {
        return EngineFixture.acme(callee(i));
    }

    /** The clock thread: moves time past the ring timeout in small steps, running timers and sweeps. */
    private static Void tick(EngineFixture f, ManualScheduler otherScheduler, Calls other) {
        for (int s = 0; s < 40; s++) {
            f.advance(Duration.ofSeconds(1));
            f.calls.sweep();
            if (other != null) {
                otherScheduler.runDue();
                other.sweep();
            }
        }
        return null;
    }

    @Test
    void raceWhenEightThreadsActOnHundredsOfCallsThenEachEndsOnceAndHistoriesAgree() {
        try (EngineFixture f = new EngineFixture()) {
            List<Call> calls = startCalls(f);

            Race.run(9, t -> switch (t) {
                case 0 -> everyCall(calls, 1, (c, i) -> f.calls.accept(c.id(), calleeOf(i)));
                case 1 -> everyCall(calls, 2, (c, i) -> f.calls.decline(c.id(), calleeOf(i)));
                case 2 -> everyCall(calls, 3, (c, i) -> f.calls.cancel(c.id(), callerOf(i)));
                case 3 -> everyCall(calls, 4, (c, i) -> f.calls.end(c.id(), callerOf(i)));
                case 4 -> everyCall(calls, 5, (c, i) -> f.calls.leave(c.id(), calleeOf(i)));
                case 5 -> everyCall(calls, 6, (c, i) -> f.calls.acknowledge(c.id(), calleeOf(i)));
                case 6 -> everyCall(calls, 7, (c, i) -> f.calls.accept(c.id(), calleeOf(i)));
                case 7 -> everyCall(calls, 8, (c, i) -> f.calls.updateMedia(c.id(), callerOf(i),
                        new MediaUpdate(i % 2 == 0, true, null)));
                default -> tick(f, null, null);
            });
            f.advance(Duration.ofHours(9));
            f.drain();

            assertEveryCallEndedOnce(f.calls, f.store, calls);
            assertListenersGotEveryEvent(f.store, List.of(f.delivered));
            assertThat(f.delivered.snapshot()).extracting(CallEvent::sequence).as("one engine delivers each once")
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void raceWhenTwoEnginesShareTheStoresThenTheVersionCheckLetsOneWinEachTime() {
        try (EngineFixture f = new EngineFixture()) {
            List<Call> calls = startCalls(f);
            ManualScheduler otherScheduler = new ManualScheduler(f.clock);
            // one recorder for both engines' listeners: whichever engine holds the delivery lease calls its own
            try (Calls other = f.otherNode(otherScheduler, b -> b.listener(new CallListener() {
                @Override
                public void onEvent(CallEvent event) {
                    f.delivered.add(event);
                }
            }))) {
                Race.run(9, t -> switch (t) {
                    case 0 -> everyCall(calls, 11, (c, i) -> f.calls.accept(c.id(), calleeOf(i)));
                    case 1 -> everyCall(calls, 12, (c, i) -> other.accept(c.id(), calleeOf(i)));
                    case 2 -> everyCall(calls, 13, (c, i) -> other.decline(c.id(), calleeOf(i)));
                    case 3 -> everyCall(calls, 14, (c, i) -> f.calls.cancel(c.id(), callerOf(i)));
                    case 4 -> everyCall(calls, 15, (c, i) -> other.cancel(c.id(), callerOf(i)));
                    case 5 -> everyCall(calls, 16, (c, i) -> other.end(c.id(), calleeOf(i)));
                    case 6 -> everyCall(calls, 17, (c, i) -> f.calls.leave(c.id(), callerOf(i)));
                    case 7 -> everyCall(calls, 18, (c, i) -> other.acknowledge(c.id(), calleeOf(i)));
                    default -> tick(f, otherScheduler, other);
                });
                f.advance(Duration.ofHours(9));
                other.sweep();
                f.drain();
                EngineFixture.drain(other, f.delivered);

                assertEveryCallEndedOnce(f.calls, f.store, calls);
                assertEveryCallEndedOnce(other, f.store, calls);
                assertListenersGotEveryEvent(f.store, List.of(f.delivered));
            }
        }
    }

    private static void assertEveryCallEndedOnce(Calls engine, CallStore store, List<Call> started) {
        Map<UUID, List<CallEvent>> byCall = store.eventsAfter(0, 100_000).stream()
                .filter(e -> e.callId() != null)
                .collect(Collectors.groupingBy(CallEvent::callId));
        for (Call start : started) {
            Call call = engine.get(start.id(), start.initiatorRef());
            List<CallEvent> events = byCall.get(call.id());
            String story = events.stream().map(e -> e.type().wire()).toList().toString();
            assertThat(call.state().isTerminal()).as(story).isTrue();
            assertThat(call.endReason()).as(story).isNotNull();
            assertThat(events).as(story).filteredOn(e -> e.type().isTerminal()).hasSize(1);
            assertThat(events.get(events.size() - 1).type().isTerminal()).as(story).isTrue();
            assertThat(events.get(events.size() - 1).call()).isEqualTo(call);
            for (int v = 0; v < events.size(); v++) {
                assertThat(events.get(v).call().version()).as(story).isEqualTo(v);
            }
            assertHistoriesAgree(engine, call);
        }
    }

    private static void assertHistoriesAgree(Calls engine, Call call) {
        Participant callee = call.invitees().get(0);
        HistoryEntry out = entry(engine, call.initiatorRef(), call);
        HistoryEntry in = entry(engine, UserRef.of(call.tenant(), callee.userId()), call);
        Outcome expectedOut = switch (call.state()) {
            case COMPLETED -> Outcome.ANSWERED;
            case CANCELLED -> Outcome.CANCELLED;
            case DECLINED -> Outcome.DECLINED;
            case MISSED -> Outcome.NO_ANSWER;
            default -> throw new AssertionError(call.state());
        };
        Outcome expectedIn = callee.joinedAt() != null ? Outcome.ANSWERED
                : callee.state() == ParticipantState.DECLINED ? Outcome.DECLINED : Outcome.MISSED;
        assertThat(out.outcome()).as(call.toString()).isEqualTo(expectedOut);
        assertThat(in.outcome()).as(call.toString()).isEqualTo(expectedIn);
        assertThat(in.duration()).isEqualTo(out.duration()).isEqualTo(call.duration(call.endedAt()));
        assertThat(call.answeredAt() != null).isEqualTo(call.state() == CallState.COMPLETED);
    }

    private static HistoryEntry entry(Calls engine, UserRef user, Call call) {
        List<HistoryEntry> items = engine.history(user, false, null, null, 10).items();
        assertThat(items).extracting(e -> e.call().id()).containsExactly(call.id());
        assertThat(items.get(0).call()).isEqualTo(call);
        return items.get(0);
    }

    /**
     * Every stored event reached the listeners, none was skipped. At least once: the test clock jumps hours ahead
     * while the engines deliver, so a delivery lease can run out mid-batch and the other engine repeat that batch.
     */
    private static void assertListenersGotEveryEvent(CallStore store, List<Recorder<CallEvent>> nodes) {
        List<Long> stored = store.eventsAfter(0, 100_000).stream()
                .filter(e -> e.callId() != null).map(CallEvent::sequence).toList();
        List<Long> heard = nodes.stream().flatMap(r -> r.snapshot().stream())
                .filter(e -> e.callId() != null).map(CallEvent::sequence).distinct().sorted().toList();
        assertThat(heard).isEqualTo(stored);
    }
}
