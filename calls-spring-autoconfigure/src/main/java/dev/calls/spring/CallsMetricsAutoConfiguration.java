package dev.calls.spring;

import dev.calls.Calls;
import dev.calls.servlet.CallsFilter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters when Micrometer is on the class path: {@link CallsMetrics} and the gauge
 * {@value #OPEN_STREAMS} of event streams open on this node. Both are {@link MeterBinder}s, which Spring Boot
 * binds to the application's registry.
 */
@AutoConfiguration(after = {CallsAutoConfiguration.class, CallsServletAutoConfiguration.class,
        CallsJpaAutoConfiguration.class})
@ConditionalOnClass({MeterBinder.class, Calls.class})
public class CallsMetricsAutoConfiguration {
    public static final String OPEN_STREAMS = "calls.streams.open";
    public static final String PUSH_SENT = "calls.push.sent";
    public static final String PUSH_FAILED = "calls.push.failed";
    public static final String PUSH_PRUNED = "calls.push.pruned";
    public static final String PUSH_DROPPED = "calls.push.dropped";
    public static final String INVITATIONS = "calls.invitations";
    public static final String RELAY_QUEUE_USAGE = "calls.relay.notification.queue.usage";

    @Bean
    @ConditionalOnMissingBean
    public CallsMetrics callsMetrics() {
        return new CallsMetrics();
    }

    @Bean
    @ConditionalOnBean(CallsFilter.class)
    @ConditionalOnMissingBean(name = "callsStreamMetrics")
    public MeterBinder callsStreamMetrics(CallsFilter callsFilter) {
        return registry -> Gauge.builder(OPEN_STREAMS, callsFilter, CallsFilter::openStreams)
                .description("Event streams open on this node").register(registry);
    }

    /**
     * The invitation outbox: {@value #INVITATIONS} tagged {@code outcome=sent|failed|dropped}, when a mailer is
     * configured.
     */
    @Bean
    @ConditionalOnBean(Calls.class)
    @ConditionalOnMissingBean(name = "callsInvitationMetrics")
    public MeterBinder callsInvitationMetrics(Calls calls) {
        return registry -> {
            if (!calls.invitations().enabled()) {
                return;
            }
            io.micrometer.core.instrument.FunctionCounter.builder(INVITATIONS, calls, c -> c.invitations().counts().sent())
                    .tag("outcome", "sent").description("Invitation e-mails the mail server took").register(registry);
            io.micrometer.core.instrument.FunctionCounter.builder(INVITATIONS, calls, c -> c.invitations().counts().failed())
                    .tag("outcome", "failed").description("Invitation e-mails that failed").register(registry);
            io.micrometer.core.instrument.FunctionCounter.builder(INVITATIONS, calls, c -> c.invitations().counts().dropped())
                    .tag("outcome", "dropped").description("Invitation e-mails dropped on a full outbox")
                    .register(registry);
        };
    }

    /**
     * The gauge {@value #RELAY_QUEUE_USAGE}: how full PostgreSQL's notification queue is (0 to 1, NaN off
     * PostgreSQL), read with one query per scrape.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(dev.calls.jpa.RelayEventTransport.class)
    static class RelayMetrics {
        @Bean
        @ConditionalOnBean(dev.calls.jpa.RelayEventTransport.class)
        @ConditionalOnMissingBean(name = "callsRelayMetrics")
        MeterBinder callsRelayMetrics(dev.calls.jpa.RelayEventTransport relay) {
            return registry -> Gauge.builder(RELAY_QUEUE_USAGE, relay,
                    dev.calls.jpa.RelayEventTransport::notificationQueueUsage)
                    .description("Fraction of PostgreSQL's notification queue in use").register(registry);
        }
    }

    /**
     * Counters of the APNs and FCM adapters: {@value #PUSH_SENT}, {@value #PUSH_FAILED}, {@value #PUSH_PRUNED} and
     * {@value #PUSH_DROPPED}, each tagged {@code adapter=apns|fcm}.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(dev.calls.push.mobile.MobilePush.class)
    static class PushMetrics {
        @Bean
        @ConditionalOnMissingBean(name = "callsPushMetrics")
        MeterBinder callsPushMetrics(org.springframework.beans.factory.ObjectProvider<dev.calls.push.mobile.ApnsPushNotifier> apns,
                org.springframework.beans.factory.ObjectProvider<dev.calls.push.mobile.FcmPushNotifier> fcm) {
            return registry -> {
                apns.ifAvailable(a -> bind(registry, "apns", a.counters()));
                fcm.ifAvailable(f -> bind(registry, "fcm", f.counters()));
            };
        }

        private static void bind(io.micrometer.core.instrument.MeterRegistry registry, String adapter,
                dev.calls.push.mobile.PushCounters c) {
            io.micrometer.core.instrument.FunctionCounter.builder(PUSH_SENT, c, dev.calls.push.mobile.PushCounters::sent)
                    .tag("adapter", adapter).description("Pushes the push service accepted").register(registry);
            io.micrometer.core.instrument.FunctionCounter.builder(PUSH_FAILED, c, dev.calls.push.mobile.PushCounters::failed)
                    .tag("adapter", adapter).description("Pushes that failed for good").register(registry);
            io.micrometer.core.instrument.FunctionCounter.builder(PUSH_PRUNED, c, dev.calls.push.mobile.PushCounters::pruned)
                    .tag("adapter", adapter).description("Dead tokens removed").register(registry);
            io.micrometer.core.instrument.FunctionCounter.builder(PUSH_DROPPED, c, dev.calls.push.mobile.PushCounters::dropped)
                    .tag("adapter", adapter).description("Pushes dropped on a full queue").register(registry);
        }
    }
}
