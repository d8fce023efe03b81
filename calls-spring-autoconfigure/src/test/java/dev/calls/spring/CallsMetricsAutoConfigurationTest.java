package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import dev.calls.spring.support.Eventually;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Counters, the ring-to-answer timer and the open-streams gauge, bound by Spring Boot to the registry. */
class CallsMetricsAutoConfigurationTest {
    private final MutableClock clock = MutableClock.at("2026-06-01T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.metrics())
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class, CallsServletAutoConfiguration.class,
                    CallsMetricsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withBean(Clock.class, () -> clock)
            .withBean(ManualScheduler.class, () -> scheduler);

    @Test
    void answeredCallThenStartedAnsweredAndRingTimeAreRecorded() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.VIDEO);
            clock.advance(Duration.ofSeconds(7));
            calls.accept(call.id(), Acme.user("bob"));
            Eventually.until("the answer to be counted", () -> count(registry, CallsMetrics.ANSWERED, "video") == 1);
            assertThat(count(registry, CallsMetrics.STARTED, "video")).isEqualTo(1);
            assertThat(count(registry, CallsMetrics.STARTED, "audio")).isZero();
            Timer ringTime = registry.get(CallsMetrics.RING_TO_ANSWER).tag("type", "video").timer();
            assertThat(ringTime.count()).isEqualTo(1);
            assertThat(ringTime.totalTime(TimeUnit.SECONDS)).isEqualTo(7.0);
        });
    }

    @Test
    void relayOnThenTheNotificationQueueGaugeIsBoundAndReadsTheRelay() {
        new WebApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.metrics())
                .withConfiguration(BootAutoConfigurations.jpa())
                .withConfiguration(AutoConfigurations.of(CallsJpaAutoConfiguration.class, CallsAutoConfiguration.class,
                        CallsMetricsAutoConfiguration.class))
                .withUserConfiguration(Acme.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:calls-" + java.util.UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1", "spring.jpa.open-in-view=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(dev.calls.jpa.RelayEventTransport.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    // H2 has no notification queue: the gauge says so rather than a made-up zero
                    assertThat(registry.get(CallsMetricsAutoConfiguration.RELAY_QUEUE_USAGE).gauge().value()).isNaN();
                });
    }

    @Test
    void unansweredCallThenMissedIsCounted() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Acme.online(calls, "alice", "carol");
            calls.start(Acme.user("alice"), List.of("carol"), MediaType.AUDIO);
            scheduler.advance(Duration.ofSeconds(31));
            Eventually.until("the missed call to be counted", () -> count(registry, CallsMetrics.MISSED, "audio") == 1);
        });
    }

    @Test
    void declinedCallThenDeclinedIsCounted() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            calls.decline(call.id(), Acme.user("bob"));
            Eventually.until("the decline to be counted", () -> count(registry, CallsMetrics.DECLINED, "audio") == 1);
            assertThat(count(registry, CallsMetrics.ANSWERED, "audio")).isZero();
        });
    }

    @Test
    void failedCallThenFailedIsCounted() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.VIDEO);
            calls.accept(call.id(), Acme.user("bob"));
            calls.fail(call.id(), Acme.user("bob"));
            Eventually.until("the failure to be counted", () -> count(registry, CallsMetrics.FAILED, "video") == 1);
        });
    }

    @Test
    void servletWebApplicationThenOpenStreamsGaugeReadsTheFilter() {
        runner.run(context -> assertThat(context.getBean(MeterRegistry.class)
                .get(CallsMetricsAutoConfiguration.OPEN_STREAMS).gauge().value()).isZero());
    }

    @Test
    void micrometerAbsentThenNoMetricsBeans() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class,
                        CallsServletAutoConfiguration.class, CallsMetricsAutoConfiguration.class))
                .withUserConfiguration(Acme.class)
                .withClassLoader(new FilteredClassLoader(MeterBinder.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CallsMetrics.class)
                        .doesNotHaveBean("callsStreamMetrics"));
    }

    @Test
    void hostMetricsBeanThenItWins() {
        CallsMetrics own = new CallsMetrics();
        runner.withBean("ownMetrics", CallsMetrics.class, () -> own).run(context ->
                assertThat(context).getBeans(CallsMetrics.class).containsOnlyKeys("ownMetrics"));
    }

    private static double count(MeterRegistry registry, String name, String type) {
        return registry.get(name).tag("type", type).counter().count();
    }
}
