package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Calls;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.RefusedException;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallPolicy;
import dev.calls.spi.EventTransport;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.Eventually;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The engine bean: built from the context's adapters, closed with the context, and the host's beans win. */
class CallsAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class);

    @Test
    void contextWithUserDirectoryThenCallsBeanRingsTheCallee() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.VIDEO);
            assertThat(call.state()).isEqualTo(CallState.RINGING);
            assertThat(call.participant("bob").orElseThrow().name()).isEqualTo("Bob Brown");
        });
    }

    @Test
    void withoutStoresThenEngineKeepsEverythingInMemory() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(dev.calls.spi.CallStore.class);
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            assertThat(calls.get(call.id(), Acme.user("bob")).state()).isEqualTo(CallState.RINGING);
        });
    }

    @Test
    void closingContextThenEngineStopsItsTimers() {
        MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
        ManualScheduler scheduler = new ManualScheduler(clock);
        runner.withBean(Clock.class, () -> clock).withBean(ManualScheduler.class, () -> scheduler).run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            assertThat(scheduler.pendingOneOff()).isPositive();
            context.close();
            assertThat(scheduler.pendingOneOff()).isZero();
        });
    }

    @Test
    void clockBeanThenCallsAreDatedByIt() {
        Clock fixed = Clock.fixed(Instant.parse("2026-04-01T08:30:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> fixed).run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            assertThat(call.createdAt()).isEqualTo(Instant.parse("2026-04-01T08:30:00Z"));
        });
    }

    @Test
    void callPolicyBeanThenItsRefusalStopsTheCall() {
        CallPolicy noCallsToBob = (caller, callee, type) -> !callee.userId().equals("bob");
        runner.withBean(CallPolicy.class, () -> noCallsToBob).run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob", "carol");
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PERMITTED));
            assertThat(calls.start(Acme.user("alice"), List.of("carol"), MediaType.AUDIO).state())
                    .isEqualTo(CallState.RINGING);
        });
    }

    @Test
    void callListenerBeansThenEachHearsEveryEvent() {
        List<CallEvent> first = new CopyOnWriteArrayList<>();
        List<CallEvent> second = new CopyOnWriteArrayList<>();
        runner.withBean("first", CallListener.class, () -> new Recorder(first))
                .withBean("second", CallListener.class, () -> new Recorder(second))
                .run(context -> {
                    Calls calls = context.getBean(Calls.class);
                    Acme.online(calls, "alice", "bob");
                    Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
                    calls.accept(call.id(), Acme.user("bob"));
                    Eventually.until("both listeners hear the answer", () -> has(first, EventType.CALL_ACCEPTED)
                            && has(second, EventType.CALL_ACCEPTED));
                    assertThat(has(first, EventType.CALL_RINGING)).isTrue();
                });
    }

    @Test
    void storeAndTransportBeansThenEngineUsesThem() {
        InMemoryCallStore callStore = new InMemoryCallStore();
        AtomicInteger published = new AtomicInteger();
        EventTransport counting = new CountingTransport(published);
        runner.withBean(InMemoryCallStore.class, () -> callStore)
                .withBean(InMemoryPresenceStore.class, InMemoryPresenceStore::new)
                .withBean(InMemoryMeetingStore.class, InMemoryMeetingStore::new)
                .withBean(EventTransport.class, () -> counting)
                .run(context -> {
                    Calls calls = context.getBean(Calls.class);
                    Acme.online(calls, "alice", "bob");
                    Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
                    assertThat(callStore.find(call.id())).isPresent();
                    assertThat(published.get()).isPositive();
                });
    }

    @Test
    void customizerBeanThenItHasTheLastWord() {
        runner.withPropertyValues("calls.ring-timeout=20s")
                .withBean(CallsBuilderCustomizer.class, () -> b -> b.ringTimeout(java.time.Duration.ofSeconds(50)))
                .run(context -> assertThat(context.getBean(Calls.class).config().ringTimeout())
                        .hasSeconds(50));
    }

    @Test
    void hostCallsBeanThenAutoConfiguredEngineBacksOff() {
        Calls own = Calls.builder().userDirectory((tenant, id) -> java.util.Optional.empty()).build();
        runner.withBean("ownCalls", Calls.class, () -> own).run(context -> {
            assertThat(context).getBeans(Calls.class).hasSize(1);
            assertThat(context.getBean(Calls.class)).isSameAs(own);
        });
        own.close();
    }

    @Test
    void noUserDirectoryThenStartupFailsAskingForOne() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(MissingUserDirectoryException.class)
                            .hasMessageContaining("bean of type dev.calls.spi.UserDirectory");
                });
    }

    private static boolean has(List<CallEvent> events, EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    private record Recorder(List<CallEvent> events) implements CallListener {
        @Override
        public void onEvent(CallEvent event) {
            events.add(event);
        }
    }

    private static final class CountingTransport implements EventTransport {
        private final EventTransport delegate = new InMemoryEventTransport();
        private final AtomicInteger published;

        CountingTransport(AtomicInteger published) {
            this.published = published;
        }

        @Override
        public void publish(CallEvent event) {
            published.incrementAndGet();
            delegate.publish(event);
        }

        @Override
        public Subscription subscribe(dev.calls.UserRef user, Listener listener) {
            return delegate.subscribe(user, listener);
        }
    }
}
